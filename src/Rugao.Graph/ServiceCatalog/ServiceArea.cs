namespace Rugao.Graph.ServiceCatalog;

/// <summary>服务领域 — e.g. 学有所教; its code is stable across catalog editions.</summary>
public sealed class ServiceArea
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
}
