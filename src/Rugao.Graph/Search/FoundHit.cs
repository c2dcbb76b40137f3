namespace Rugao.Graph.Search;

/// <summary>A match ready for the API: the stored document, its score, and the snippet with highlight offsets.</summary>
public sealed record FoundHit(SearchDocument Document, double Score, string Snippet, IReadOnlyList<HighlightSpan> Highlights);
