namespace Rugao.Graph.Standards;

/// <summary>标准 — identified by its code without year; each edition and amendment is a <see cref="StandardVersion"/>.</summary>
public sealed class Standard
{
    public int Id { get; set; }

    /// <summary>The normalised code without year, e.g. <c>GB/T 28220</c>.</summary>
    public required string Identity { get; set; }

    /// <summary>Letters and digits of the identity only (<c>GBT28220</c>), for tolerant look-up.</summary>
    public required string CompactKey { get; set; }

    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public StandardLevel Level { get; set; }
    public StandardNature Nature { get; set; }
    public int DepartmentId { get; set; }
    public int SystemNodeId { get; set; }
    public string? IssuedBy { get; set; }
    public string? Ics { get; set; }
    public string? Ccs { get; set; }
    public string? DraftingOrganisations { get; set; }

    /// <summary>Earliest effective date of any published version; null while only drafts exist.</summary>
    public DateOnly? FirstEffectiveOn { get; set; }

    public DateOnly? AbolishedOn { get; set; }
    public string? AbolitionReason { get; set; }
    public int? SupersededById { get; set; }
    public Standard? SupersededBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Optimistic concurrency token: bumped by every change.</summary>
    public int Revision { get; set; }

    public List<StandardVersion> Versions { get; set; } = [];
}
