using Rugao.Graph.Standards;

namespace Rugao.Graph.Clauses;

/// <summary>Adds a numbered clause to a draft, or replaces the content of the one with that number.</summary>
public sealed record PutClauseCommand(
    DraftRef Draft, string Number, string? Heading, string? Text, ClauseKind? Kind, bool? Normative, bool? Mandatory);

/// <summary>Renumbers a clause with its subtree; the clauses keep their lineages.</summary>
public sealed record MoveClauseCommand(DraftRef Draft, string Number, string NewNumber);

/// <summary>Removes a clause with its subtree.</summary>
public sealed record DeleteClauseCommand(DraftRef Draft, string Number);
