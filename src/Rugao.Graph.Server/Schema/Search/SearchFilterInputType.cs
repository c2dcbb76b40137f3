using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SearchFilterInputType : InputObjectGraphType<SearchFilterInput>
{
    public SearchFilterInputType()
    {
        Name = "SearchFilter";
        Description = "检索范围：各条件之间为“且”，列表内为“或”。Search scope: parts AND, list values OR.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("列入这些服务领域标准清单的标准。Standards listed for these areas.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("serviceItem").Description("列入这些服务事项标准清单的标准。Standards listed for these items.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("systemNode").Description("标准体系节点（含下级）。System nodes and below.");
        Field<ListGraphType<NonNullGraphType<StandardLevelGraphType>>>("level").Description("标准层级。Levels.");
        Field<ListGraphType<NonNullGraphType<StandardStatusGraphType>>>("status").Description("检索日期的状态。Statuses on the day.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("department").Description("主管部门。Departments.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("standard").Description("限定在这些标准内（如在一项标准内查条款号）。Only within these standards.");
        Field<ListGraphType<NonNullGraphType<SearchKindGraphType>>>("kinds").Description("结果类型，默认两者。Result kinds; both by default.");
    }
}
