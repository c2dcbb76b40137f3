using Rugao.Graph.Clauses;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>A clause of a resolved version in document order; <see cref="Parent"/> indexes the same list.</summary>
public sealed record ClauseDocument(
    Guid Lineage,
    string? Number,
    string? Heading,
    string? Text,
    ClauseKind Kind,
    bool Normative,
    bool Mandatory,
    int? Parent,
    int Depth,
    string Path);
