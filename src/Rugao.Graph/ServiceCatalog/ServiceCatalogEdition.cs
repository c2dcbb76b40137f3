namespace Rugao.Graph.ServiceCatalog;

/// <summary>基本公共服务事项清单版本 — one edition of the service catalog (national 2021, 2023, a local implementation list).</summary>
public sealed class ServiceCatalogEdition
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Jurisdiction { get; set; }
    public string? Basis { get; set; }
    public DateOnly PublishedOn { get; set; }
    public DateOnly EffectiveFrom { get; set; }
}
