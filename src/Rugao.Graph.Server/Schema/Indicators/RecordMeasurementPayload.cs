using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class RecordMeasurementPayloadGraphType : PayloadGraphType<IndicatorMeasurement>
{
    public RecordMeasurementPayloadGraphType()
        : base("RecordMeasurementPayload", "recordMeasurement 的结果。Result of recordMeasurement.")
    {
        Field<IndicatorMeasurementGraphType>("measurement").Description("填报的监测值；有错误时为 null。The value recorded; null when there are errors.")
            .Resolve(c => c.Source.Value);
        Field<IndicatorGraphType>("indicator").Description("指标，其达标情况已按新值重新计算。The indicator, its attainment computed with the new value.")
            .Resolve(c => c.Source.Value is { } m
                ? c.RequestServices!.GetRequiredService<IndicatorByIdLoader>().Load(m.IndicatorId)
                    .Then(i => i is null ? null : new IndicatorView(i, c.Source.AsOf))
                : null);
    }
}
