using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>One published version of a standard file, with its clause tree already resolved.</summary>
public sealed record VersionDocument(
    int Line,
    StandardVersionKind Kind,
    int Year,
    int? AmendmentNumber,
    string? Label,
    DateOnly PublishedOn,
    DateOnly EffectiveFrom,
    string? ChangeSummary,
    IReadOnlyList<ClauseDocument> Clauses,
    IReadOnlyList<string> ChangedNumbers);
