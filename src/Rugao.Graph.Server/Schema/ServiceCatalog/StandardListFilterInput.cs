namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class StandardListFilterInput
{
    public List<string>? Standard { get; set; }
    public List<string>? Area { get; set; }
    public List<string>? ServiceItem { get; set; }
}
