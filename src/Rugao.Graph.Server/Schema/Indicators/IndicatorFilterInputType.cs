using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorFilterInputType : InputObjectGraphType<IndicatorFilterInput>
{
    public IndicatorFilterInputType()
    {
        Name = "IndicatorFilter";
        Description = "指标筛选条件，各条件之间为“且”，列表内为“或”。Filter for indicators; parts AND, list values OR.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("area").Description("服务领域 ID。Service area IDs.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("department").Description("责任部门 ID。Department IDs.");
        Field<ListGraphType<NonNullGraphType<AttainmentStatusGraphType>>>("status")
            .Description("asOf 当日的达标情况。Attainment on asOf.");
    }
}
