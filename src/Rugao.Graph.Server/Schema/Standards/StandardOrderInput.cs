using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardOrderInput
{
    public StandardOrderField Field { get; set; } = StandardOrderField.Code;
    public OrderDirection Direction { get; set; } = OrderDirection.Asc;
}

public enum OrderDirection
{
    Asc,
    Desc,
}
