using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class UnlinkServiceItemPayloadGraphType : MutationPayloadGraphType<ServiceItemLink>
{
    public UnlinkServiceItemPayloadGraphType()
        : base("UnlinkServiceItemPayload", "unlinkServiceItem 的结果。Result of unlinkServiceItem.")
    {
        Field<StandardGraphType>("standard").Description("取消关联的标准；有错误时为 null。The standard; null when there are errors.")
            .Resolve(c => c.Source.Value is { } link
                ? c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(link.StandardId)
                    .Then(s => s is null ? null : new StandardView(s, c.Source.AsOf))
                : null);
        Field<ServiceItemGraphType>("serviceItem").Description("取消关联的服务事项；有错误时为 null。The service item; null when there are errors.")
            .Resolve(c => c.Source.Value is { } link
                ? c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>().Load(link.ServiceItemId)
                : null);
    }
}
