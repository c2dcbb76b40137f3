namespace Rugao.Graph.Search;

/// <summary>One result: which document matched, how well, and the snippet to show with its highlighted spans.</summary>
public sealed record SearchHit(
    SearchKind Kind,
    int StandardId,
    int? VersionId,
    int? ClauseId,
    double Score,
    string Snippet,
    IReadOnlyList<HighlightSpan> Highlights,
    string? ClausePath);
