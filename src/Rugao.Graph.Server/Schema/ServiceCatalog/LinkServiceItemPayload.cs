using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class LinkServiceItemPayloadGraphType : PayloadGraphType<ServiceItemLink>
{
    public LinkServiceItemPayloadGraphType()
        : base("LinkServiceItemPayload", "linkServiceItem 的结果。Result of linkServiceItem.")
    {
        ServiceItemLinkFields.AddTo(this, "关联");
    }
}
