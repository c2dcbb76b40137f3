using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ListActionGraphType : EnumerationGraphType
{
    public ListActionGraphType()
    {
        Name = "ListAction";
        Description = "标准清单调整动作。An adjustment of the standards list.";
        this.AddValues(
            (ListAction.List, "列入清单。Put the standard on the list."),
            (ListAction.Delist, "移出清单。Take the standard off the list."));
    }
}
