namespace Rugao.Graph.Clauses;

/// <summary>What a put sets on a numbered clause; null leaves a value as it is (or inherits it for a new clause).</summary>
public sealed record ClauseContent(string? Heading, string? Text, ClauseKind? Kind, bool? Normative, bool? Mandatory);
