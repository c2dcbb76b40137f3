using Rugao.Graph.Clauses;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Importing;

/// <summary>A clause entry read from a file, in document order, before it is placed in the tree.</summary>
public sealed record ImportedClause(int Paragraph, string? Number, string? Heading, string? Text, ClauseKind Kind)
{
    public bool? Normative { get; init; }
    public bool Mandatory { get; init; }

    /// <summary>Why the reader already knows this entry cannot be placed: a report code and message.</summary>
    public ErrorText? Refusal { get; init; }
}
