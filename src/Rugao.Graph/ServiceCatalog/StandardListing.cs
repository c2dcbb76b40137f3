namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 标准清单条目 — a standard listed for a service area or item over an interval; delisting closes the interval,
/// so the list's history stays readable.
/// </summary>
public sealed class StandardListing
{
    public int Id { get; set; }
    public int StandardId { get; set; }
    public int AreaId { get; set; }
    public int? ServiceItemId { get; set; }
    public DateOnly ListedOn { get; set; }
    public string? ListReason { get; set; }
    public DateOnly? DelistedOn { get; set; }
    public string? DelistReason { get; set; }
}
