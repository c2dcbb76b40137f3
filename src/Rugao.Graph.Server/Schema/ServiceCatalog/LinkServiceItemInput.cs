using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed record LinkServiceItemInput
{
    public int StandardId { get; init; }
    public int ServiceItemId { get; init; }
}

public sealed class LinkServiceItemInputType : InputObjectGraphType<LinkServiceItemInput>
{
    public LinkServiceItemInputType()
    {
        Name = "LinkServiceItemInput";
        Description = "关联标准与其所支撑的服务事项。Link a standard to the basic public service item it specifies.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("已发布的标准 ID。A published standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<NonNullGraphType<IdGraphType>>("serviceItemId").Description("服务事项 ID。The service item.")
            .AsKeyOf(ServiceItemGraphType.Node.TypeName);
    }
}
