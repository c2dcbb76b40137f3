using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardFilterInputType : InputObjectGraphType<StandardFilterInput>
{
    public StandardFilterInputType()
    {
        Name = "StandardFilter";
        Description = "标准筛选条件：各条件之间为“且”，列表内为“或”；单个值也可直接写（如 level: NATIONAL）。"
            + "Standard filter: parts combine with AND, list values with OR; a single value works too (level: NATIONAL).";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("列入该服务领域标准清单。Listed for these service areas.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("serviceItem").Description("列入该服务事项标准清单。Listed for these service items.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("systemNode").Description("位于这些标准体系节点（含下级）。In these system nodes or below.");
        Field<ListGraphType<NonNullGraphType<StandardLevelGraphType>>>("level").Description("标准层级。Levels.");
        Field<ListGraphType<NonNullGraphType<StandardNatureGraphType>>>("nature").Description("标准性质。Natures.");
        Field<ListGraphType<NonNullGraphType<StandardStatusGraphType>>>("status").Description("asOf 当日的状态。Statuses on asOf.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("department").Description("主管部门。Responsible departments.");
        Field<DateRangeInputType>("issuedOn").Description("发布日期区间。Publication date range.");
        Field<DateRangeInputType>("effectiveOn").Description("实施日期区间。Effective date range.");
        Field<StringGraphType>("title").Description("名称或编号包含的文字。Text in the title or code.");
    }
}
