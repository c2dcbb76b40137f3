namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 标准清单条目 — a standard listed for a service area (no item) or for one of its service items over an interval;
/// delisting closes the interval, so the list's history stays readable. Each interval holds the two adjustments
/// that opened and closed it, with who made them and when.
/// </summary>
public sealed class StandardListing
{
    public int Id { get; set; }
    public int StandardId { get; set; }
    public int AreaId { get; set; }
    public int? ServiceItemId { get; set; }
    public DateOnly ListedOn { get; set; }
    public string? ListReason { get; set; }
    public string? ListedBy { get; set; }
    public DateTimeOffset? ListedAt { get; set; }
    public DateOnly? DelistedOn { get; set; }
    public string? DelistReason { get; set; }
    public string? DelistedBy { get; set; }
    public DateTimeOffset? DelistedAt { get; set; }
}
