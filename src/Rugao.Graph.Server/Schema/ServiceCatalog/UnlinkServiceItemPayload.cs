using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class UnlinkServiceItemPayloadGraphType : PayloadGraphType<ServiceItemLink>
{
    public UnlinkServiceItemPayloadGraphType()
        : base("UnlinkServiceItemPayload", "unlinkServiceItem 的结果。Result of unlinkServiceItem.")
    {
        ServiceItemLinkFields.AddTo(this, "取消关联");
    }
}
