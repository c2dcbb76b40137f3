using Rugao.Graph.Standards;

namespace Rugao.Graph.Seeding.Documents;

/// <summary>A standard as written in a seed or import file, validated on its own but not yet against the database.</summary>
public sealed record StandardDocument(
    string File,
    StandardCode Code,
    string Title,
    string? TitleEn,
    StandardLevel Level,
    StandardNature Nature,
    string DepartmentCode,
    string SystemNodeCode,
    string? IssuedBy,
    string? Ics,
    string? Ccs,
    IReadOnlyList<string> DraftingOrganisations,
    IReadOnlyList<StandardCode> Supersedes,
    DateOnly? AbolishedOn,
    string? AbolitionReason,
    IReadOnlyList<VersionDocument> Versions,
    int Line,
    int DepartmentLine,
    int SystemNodeLine,
    int SupersedesLine);
