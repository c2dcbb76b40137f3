using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Changes;

public sealed class ChangeFilterInputType : InputObjectGraphType<ChangeFilterInput>
{
    public ChangeFilterInputType()
    {
        Name = "ChangeFilter";
        Description = "变更筛选条件：各条件之间为“且”，列表内为“或”。领域、事项、部门也匹配其清单所列或其主管标准的变更。"
            + "Change filter: parts AND, list values OR. An area, item or department also matches changes to the standards listed for it or owned by it.";
        Field<ListGraphType<NonNullGraphType<ChangeKindGraphType>>>("kind").Description("变更类型。Kinds of change.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("服务领域 ID。Service area IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("serviceItem").Description("服务事项 ID。Service item IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("standard").Description("标准 ID。Standard IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("department").Description("主管部门 ID。Department IDs.");
    }
}
