namespace Rugao.Graph.ServiceCatalog;

/// <summary>基本公共服务事项 — a service item with the catalog's five attributes.</summary>
public sealed class ServiceItem
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public int AreaId { get; set; }
    public int EditionId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string ServiceObject { get; set; }
    public required string ServiceContent { get; set; }
    public required string ServiceStandard { get; set; }
    public required string PaymentResponsibility { get; set; }
    public required string LeadDepartment { get; set; }
    public int? DepartmentId { get; set; }
    public int Position { get; set; }
}
