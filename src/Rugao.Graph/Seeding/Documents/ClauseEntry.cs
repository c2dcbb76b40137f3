using Rugao.Graph.Clauses;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>A clause line as written in a file: a full entry, or a change (<see cref="Was"/>, <see cref="Remove"/>) on the previous version.</summary>
public sealed record ClauseEntry(
    int Line,
    string? Number,
    string? Heading,
    string? Text,
    ClauseKind? Kind,
    bool? Normative,
    bool? Mandatory,
    string? Was = null,
    bool Remove = false);
