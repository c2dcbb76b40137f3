namespace Rugao.Graph.Search;

/// <summary>A page of matches, the total, and how many matches each standard has (the source of every facet).</summary>
public sealed record SearchMatches(
    IReadOnlyList<SearchMatch> Page,
    int TotalCount,
    IReadOnlyDictionary<int, int> CountByStandard);

/// <summary>A matching document as stored in the index, with its score.</summary>
public sealed record SearchMatch(SearchDocument Document, double Score);
