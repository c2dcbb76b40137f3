namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceItemFilterInput
{
    public List<string>? Area { get; set; }
    public List<string>? Category { get; set; }
    public List<string>? Department { get; set; }
    public string? Text { get; set; }
    public bool? HasStandard { get; set; }
}
