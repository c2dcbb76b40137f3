namespace Rugao.Graph.Clauses;

/// <summary>
/// One run of a character diff. Unchanged and deleted runs concatenate to the older text; unchanged and inserted
/// runs to the newer.
/// </summary>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
