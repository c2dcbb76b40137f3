namespace Rugao.Graph.ServiceCatalog;

/// <summary>服务类别 — e.g. 学前教育助学服务.</summary>
public sealed class ServiceCategory
{
    public int Id { get; set; }
    public int AreaId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}
