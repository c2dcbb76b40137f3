namespace Rugao.Graph.Changes;

/// <summary>
/// 变更事件 — one row per change, written in the same transaction as the change itself. Its sequence is the cursor
/// every consumer (search, subscriptions, webhooks) resumes from.
/// </summary>
public sealed class ChangeEvent
{
    public long Sequence { get; set; }
    public ChangeKind Kind { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The day the change takes legal effect, when it has one (实施日期, 废止日期, 列入日期).</summary>
    public DateOnly? EffectiveOn { get; set; }

    public int? StandardId { get; set; }
    public int? VersionId { get; set; }
    public int? AreaId { get; set; }
    public int? ServiceItemId { get; set; }
    public int? DepartmentId { get; set; }
    public int? IndicatorId { get; set; }

    /// <summary>Clause numbers the change touches, space-separated.</summary>
    public string? ClauseNumbers { get; set; }

    public required string Summary { get; set; }

    /// <summary>Key name or token subject of whoever made the change.</summary>
    public required string Actor { get; set; }
}
