using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Statistics;

namespace Rugao.Graph.Server.Schema.Statistics;

public static class StatisticsQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<StatisticsGraphType>>("statistics")
            .Description("统计：标准数（按层级、状态、领域）与标准覆盖率。Standards by level, status and area, and catalog coverage.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .ResolveAsync(async c =>
            {
                var day = c.AsOf();
                return await c.RequestServices!.GetRequiredService<PlatformStatistics>().ComputeAsync(day, c.CancellationToken);
            });
    }
}
