namespace Rugao.Graph.Search;

/// <summary>Counts over all matching documents (not only the page), by area, level, status on the day, and department.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Areas,
    IReadOnlyList<FacetValue> Levels,
    IReadOnlyList<FacetValue> Statuses,
    IReadOnlyList<FacetValue> Departments)
{
    public static readonly SearchFacets Empty = new([], [], [], []);
}
