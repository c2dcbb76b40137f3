using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed record UnlinkServiceItemInput
{
    public int StandardId { get; init; }
    public int ServiceItemId { get; init; }
}

public sealed class UnlinkServiceItemInputType : InputObjectGraphType<UnlinkServiceItemInput>
{
    public UnlinkServiceItemInputType()
    {
        Name = "UnlinkServiceItemInput";
        Description = "取消标准与服务事项的关联（须先移出该事项的标准清单）。Remove a standard's link to a service item (delist it there first).";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("已发布的标准 ID。A published standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<IdGraphType>>("serviceItemId").Description("服务事项 ID。The service item.")
            .AsKeyOf(ServiceItemGraphType.Node.TypeName);
    }
}
