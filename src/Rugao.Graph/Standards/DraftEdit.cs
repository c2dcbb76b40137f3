using Rugao.Graph.Clauses;

namespace Rugao.Graph.Standards;

/// <summary>The rows an edit left behind: the standard, the version it touched and, for clause edits, the clause.</summary>
public sealed record DraftEdit(Standard Standard, StandardVersion Version, Clause? Clause = null);
