namespace Rugao.Graph.Clauses;

public readonly record struct ClauseOutlineEntry(string? Number, ClauseKind? Kind);
