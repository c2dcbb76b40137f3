namespace Rugao.Graph.Clauses;

public sealed record ClauseOutlineError(int EntryIndex, string Code, string Message);
