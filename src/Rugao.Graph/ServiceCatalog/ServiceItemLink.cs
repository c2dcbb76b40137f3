namespace Rugao.Graph.ServiceCatalog;

/// <summary>
/// 标准与服务事项的关联 — the standard specifies how this basic public service item is delivered. A fact about the
/// standard's scope, kept apart from the standards list: listing a standard for an item requires this link, and the
/// list (not the link) says since when and why the item relies on it.
/// </summary>
public sealed class ServiceItemLink
{
    public int Id { get; set; }
    public int StandardId { get; set; }
    public int ServiceItemId { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public required string LinkedBy { get; set; }
}
