using Rugao.Graph.Changes;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeFilterInput
{
    public List<ChangeKind>? Kind { get; set; }
    public List<string>? Area { get; set; }
    public List<string>? ServiceItem { get; set; }
    public List<string>? Standard { get; set; }
    public List<string>? Department { get; set; }
}
