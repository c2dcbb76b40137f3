using GraphQL.Types;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public sealed class AreaStatisticsGraphType : ObjectGraphType<AreaStatistics>
{
    public AreaStatisticsGraphType()
    {
        Name = "AreaStatistics";
        Description = "某一服务领域的统计：列入标准清单的标准数与标准覆盖率。One service area's listed standards and coverage.";
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("服务领域。The service area.").Resolve(c => c.Source.Area);
        Field<NonNullGraphType<IntGraphType>>("standardCount")
            .Description("当日列入本领域标准清单的标准数（不论状态）。Distinct standards listed for the area on the day, whatever their status.")
            .Resolve(c => c.Source.StandardCount);
        Field<NonNullGraphType<IntGraphType>>("itemCount").Description("服务事项数。Service items.")
            .Resolve(c => c.Source.Coverage.ItemCount);
        Field<NonNullGraphType<IntGraphType>>("coveredItemCount").Description("已有现行标准的事项数。Items with a standard in force.")
            .Resolve(c => c.Source.Coverage.CoveredItemCount);
        Field<NonNullGraphType<FloatGraphType>>("coverage").Description("标准覆盖率，0 到 1。Covered share from 0 to 1.")
            .Resolve(c => c.Source.Coverage.Ratio);
    }
}
