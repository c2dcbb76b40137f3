using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class LinkServiceItemInput : InputObjectGraphType
{
    public LinkServiceItemInput()
    {
        Name = "LinkServiceItemInput";
        Description = "关联标准与其所支撑的服务事项。Link a standard to the basic public service item it specifies.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("已发布的标准 ID。A published standard.");
        Field<NonNullGraphType<IdGraphType>>("serviceItemId").Description("服务事项 ID。The service item.");
    }
}
