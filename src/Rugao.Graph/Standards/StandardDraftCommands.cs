namespace Rugao.Graph.Standards;

/// <summary>A new standard with an empty draft edition.</summary>
public sealed record CreateStandardCommand
{
    public required string Code { get; init; }
    public required int Year { get; init; }
    public required string Title { get; init; }
    public string? TitleEn { get; init; }
    public StandardLevel? Level { get; init; }
    public StandardNature? Nature { get; init; }
    public required int DepartmentId { get; init; }
    public required int SystemNodeId { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    public string? IssuedBy { get; init; }
    public IReadOnlyList<string>? DraftingOrganisations { get; init; }
    public string? ChangeSummary { get; init; }
}

/// <summary>A new draft edition of a published standard, its clauses copied from the latest published version.</summary>
public sealed record ReviseStandardCommand(int StandardId, string? ExpectedVersionToken, int Year, string? ChangeSummary);

/// <summary>Changes to a draft; null leaves a value as it is. Standard fields only while it was never published.</summary>
public sealed record UpdateStandardDraftCommand
{
    public required DraftRef Draft { get; init; }
    public string? Title { get; init; }
    public string? TitleEn { get; init; }
    public StandardLevel? Level { get; init; }
    public StandardNature? Nature { get; init; }
    public int? DepartmentId { get; init; }
    public int? SystemNodeId { get; init; }
    public string? Ics { get; init; }
    public string? Ccs { get; init; }
    public string? IssuedBy { get; init; }
    public IReadOnlyList<string>? DraftingOrganisations { get; init; }
    public int? Year { get; init; }
    public string? Label { get; init; }
    public string? ChangeSummary { get; init; }
}

/// <summary>Freezes a draft into a published version.</summary>
public sealed record PublishStandardVersionCommand(DraftRef Draft, DateOnly? PublishedOn, DateOnly EffectiveFrom, string? ChangeSummary);
