namespace Rugao.Graph.Search;

public sealed record SearchOutcome(IReadOnlyList<FoundHit> Hits, int TotalCount, SearchFacets Facets)
{
    public static readonly SearchOutcome Empty = new([], 0, SearchFacets.Empty);
}
