using Rugao.Graph.Clauses;

namespace Rugao.Graph.Standards;

/// <summary>
/// 标准版本 — an immutable published snapshot of a standard's clauses, or a draft while <see cref="PublishedOn"/> is null.
/// </summary>
public sealed class StandardVersion
{
    public int Id { get; set; }
    public int StandardId { get; set; }
    public Standard? Standard { get; set; }

    /// <summary>1, 2, 3 … in publication order; null for a draft.</summary>
    public int? Number { get; set; }

    public StandardVersionKind Kind { get; set; }

    /// <summary>The year printed in the code (the edition's year; amendments keep their edition's).</summary>
    public int Year { get; set; }

    public int? AmendmentNumber { get; set; }

    /// <summary>How the version is cited, e.g. 2019年版.</summary>
    public string? Label { get; set; }

    /// <summary>The normalised code with year, e.g. <c>GB/T 28220-2023</c>.</summary>
    public required string Code { get; set; }

    public DateOnly? PublishedOn { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public string? ChangeSummary { get; set; }
    public int? BaseVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
    public int Revision { get; set; }

    public List<Clause> Clauses { get; set; } = [];

    public bool IsPublished => StandardVisibility.IsPublished(this);
}
