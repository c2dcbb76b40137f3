using GraphQL.Types;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public sealed class StatisticsGraphType : ObjectGraphType<StatisticsSnapshot>
{
    public StatisticsGraphType()
    {
        Name = "Statistics";
        Description = "成果展示的统计数字，按 asOf 当日计算。The platform's figures as they stood on asOf.";
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("统计所依据的日期。The day the figures are for.")
            .Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<IntGraphType>>("standardCount")
            .Description("已发布的标准数，与 standards(asOf:) 的 totalCount 一致。Published standards, as standards(asOf:) counts them.")
            .Resolve(c => c.Source.StandardCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelCountGraphType>>>>("byLevel")
            .Description("按层级，每个层级都列出（含 0）。By level; every level, zeros included.")
            .Resolve(c => c.Source.ByLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountGraphType>>>>("byStatus")
            .Description("按当日状态，每个状态都列出（含 0）。By status on the day; every status, zeros included.")
            .Resolve(c => c.Source.ByStatus);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaStatisticsGraphType>>>>("byArea")
            .Description("按服务领域（当日施行的清单版本），按清单顺序。By service area of the catalog edition in force, in catalog order.")
            .Resolve(c => c.Source.ByArea);
        Field<NonNullGraphType<CoverageGraphType>>("coverage").Description("全部服务事项的标准覆盖率。Coverage over all service items.")
            .Resolve(c => c.Source.Coverage);
    }
}
