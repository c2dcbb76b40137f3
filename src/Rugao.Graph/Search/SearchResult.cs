namespace Rugao.Graph.Search;

public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int TotalCount, SearchFacets Facets);
