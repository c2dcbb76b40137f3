using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorAttainmentGraphType : ObjectGraphType<IndicatorAttainment>
{
    public IndicatorAttainmentGraphType()
    {
        Name = "IndicatorAttainment";
        Description = "指标在某日的达标情况，取当日及以前最新的监测值。An indicator's attainment on a day, from the latest measurement on or before it.";
        Field<NonNullGraphType<CalendarDateGraphType>>("asOf").Description("计算所依据的日期。The day it is computed for.")
            .Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<AttainmentStatusGraphType>>("status").Description("达标情况。Status.")
            .Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("attained").Description("是否达标；无监测值时为 false。Whether the target is met; false without data.")
            .Resolve(c => c.Source.Attained);
        Field<FloatGraphType>("ratio")
            .Description("完成比例：不低于型为监测值/目标值，不高于型为目标值/监测值，1 表示恰好达到，不封顶；除数为 0 时达标为 1、未达标为 0；无监测值时为 null。"
                + "Value/target (AT_LEAST) or target/value (AT_MOST): 1 is exactly on target, not capped; 1 or 0 (attained or not) when the divisor is 0; null without data.")
            .Resolve(c => c.Source.Ratio);
        Field<IndicatorMeasurementGraphType>("measurement").Description("所依据的监测值；无监测值时为 null。The measurement that counts; null without data.")
            .Resolve(c => c.Source.Measurement);
    }
}
