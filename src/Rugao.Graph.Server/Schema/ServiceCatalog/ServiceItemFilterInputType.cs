using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceItemFilterInputType : InputObjectGraphType<ServiceItemFilterInput>
{
    public ServiceItemFilterInputType()
    {
        Name = "ServiceItemFilter";
        Description = "服务事项筛选条件，各条件之间为“且”，列表内为“或”。Filter for service items; parts AND, list values OR.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("服务领域 ID。Service area IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("category").Description("服务类别 ID。Category IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("department").Description("承办部门 ID。Department IDs.");
        Field<StringGraphType>("text").Description("名称或内容包含的文字。Text in the name or content.");
        Field<BooleanGraphType>("hasStandard")
            .Description("true 只要已有标准支撑的事项，false 只要尚无标准的事项。Only items with (true) or without (false) a listed standard.");
    }
}
