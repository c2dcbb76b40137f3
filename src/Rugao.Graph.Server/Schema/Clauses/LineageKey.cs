namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>One clause across the versions of a standard: lineages are only unique within their standard.</summary>
public sealed record LineageKey(int StandardId, Guid Lineage);
