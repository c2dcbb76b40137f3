using Rugao.Graph.Search;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SearchFilterInput
{
    public List<string>? Area { get; set; }
    public List<string>? ServiceItem { get; set; }
    public List<string>? SystemNode { get; set; }
    public List<StandardLevel>? Level { get; set; }
    public List<StandardStatus>? Status { get; set; }
    public List<string>? Department { get; set; }
    public List<string>? Standard { get; set; }
    public List<SearchKind>? Kinds { get; set; }
}
