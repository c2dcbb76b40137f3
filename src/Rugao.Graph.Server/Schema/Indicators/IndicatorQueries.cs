using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.Indicators;

public static class IndicatorQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorGraphType>>>>("indicators")
            .Description("指标（成果展示），按方案中的顺序；达标情况按 asOf 计算。The plan's indicators in order, attainment computed on asOf.")
            .Argument<IndicatorFilterInputType>("where", "筛选条件。Filter.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<IndicatorFilterInput?>("where") ?? new IndicatorFilterInput();
                var areas = Arguments.Ids(filter.Area, ServiceAreaGraphType.Node.TypeName, "where.area") ?? [];
                var departments = Arguments.Ids(filter.Department, DepartmentGraphType.Node.TypeName, "where.department") ?? [];
                var day = c.AsOf();
                var rows = await c.RequestServices!.GetRequiredService<IndicatorReads>()
                    .ListAsync(areas, departments, c.CancellationToken);
                if (filter.Status is { Count: > 0 } statuses)
                {
                    rows = await WithStatusAsync(c, rows, statuses, day);
                }

                return rows.Select(i => new IndicatorView(i, day)).ToList();
            });
        query.Field<IndicatorGraphType>("indicator")
            .Description("按 ID 取指标，达标情况默认按今天计算。An indicator by ID; its attainment defaults to today.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "全局 ID。Global ID.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IndicatorByIdLoader>()
                .Load(GlobalId.Expect(c.GetArgument<string>("id"), IndicatorGraphType.Node.TypeName, "id"))
                .Then(i => i is null
                    ? null
                    : new IndicatorView(i, c.Today())));
    }

    // Through the loader: one query for every indicator, and the attainment fields below reuse what it fetched.
    private static async Task<List<Indicator>> WithStatusAsync(
        IResolveFieldContext context, IReadOnlyList<Indicator> indicators, List<AttainmentStatus> statuses, DateOnly day)
    {
        var loader = context.RequestServices!.GetRequiredService<MeasurementsByIndicatorIdLoader>();
        var pending = indicators.Select(i => (Indicator: i, Measurements: loader.Load(i.Id))).ToList();
        var kept = new List<Indicator>(pending.Count);
        foreach (var (indicator, measurements) in pending)
        {
            var attainment = IndicatorAttainmentRules.On(indicator,
                await measurements.GetResultAsync(context.CancellationToken), day);
            if (statuses.Contains(attainment.Status))
            {
                kept.Add(indicator);
            }
        }

        return kept;
    }
}
