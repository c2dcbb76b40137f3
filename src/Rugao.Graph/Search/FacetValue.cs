namespace Rugao.Graph.Search;

/// <summary>One value of a facet (an area ID, a level name …) and how many matching documents have it.</summary>
public sealed record FacetValue(string Value, int Count);
