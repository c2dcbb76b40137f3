using Rugao.Graph.Standards;

namespace Rugao.Graph.Importing;

/// <summary>What a file says about a standard, before it is checked against the database.</summary>
public sealed record ImportedStandard
{
    /// <summary>The code as found, possibly with the edition's year.</summary>
    public StandardCode? Code { get; init; }

    public int? Year { get; init; }
    public string? Title { get; init; }
    public string? TitleEn { get; init; }
    public StandardLevel? Level { get; init; }
    public StandardNature? Nature { get; init; }
    public string? DepartmentCode { get; init; }
    public string? SystemNodeCode { get; init; }
    public string? IssuedBy { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    public IReadOnlyList<string> DraftingOrganisations { get; init; } = [];
    public string? ChangeSummary { get; init; }
    public required IReadOnlyList<ImportedClause> Clauses { get; init; }
    public required IReadOnlyList<ImportReportEntry> Report { get; init; }
}
