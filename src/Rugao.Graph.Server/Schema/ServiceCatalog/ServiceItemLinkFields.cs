using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The fields linkServiceItem and unlinkServiceItem both return: the standard and the service item.</summary>
internal static class ServiceItemLinkFields
{
    public static void AddTo(PayloadGraphType<ServiceItemLink> payload, string role)
    {
        payload.Field<StandardGraphType>("standard").Description($"{role}的标准；有错误时为 null。The standard; null when there are errors.")
            .Resolve(c => c.Source.Value is { } link
                ? c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(link.StandardId)
                    .Then(s => s is null ? null : new StandardView(s, c.Source.AsOf))
                : null);
        payload.Field<ServiceItemGraphType>("serviceItem").Description($"{role}的服务事项；有错误时为 null。The service item; null when there are errors.")
            .Resolve(c => c.Source.Value is { } link
                ? c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>().Load(link.ServiceItemId)
                : null);
    }
}
