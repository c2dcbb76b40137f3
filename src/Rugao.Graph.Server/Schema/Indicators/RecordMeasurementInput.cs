using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed record RecordMeasurementInput
{
    public int IndicatorId { get; init; }
    public string? Period { get; init; }
    public double Value { get; init; }
    public string? Unit { get; init; }
    public string? Note { get; init; }
    public string? Source { get; init; }
    public bool? Correction { get; init; }
}

public sealed class RecordMeasurementInputType : InputObjectGraphType<RecordMeasurementInput>
{
    public RecordMeasurementInputType()
    {
        Name = "RecordMeasurementInput";
        Description = "填报指标的一个监测值。Record a value of an indicator for a period.";
        Field<NonNullGraphType<IdGraphType>>("indicatorId").Description("指标 ID。The indicator.")
            .AsKeyOf(IndicatorGraphType.Node.TypeName);
        Field<StringGraphType>("period")
            .Description("统计期：2024、2024-H1、2024-Q2、2024-06 或 2024-06-30；记在统计期最后一天。The period; stored on its last day.");
        Field<NonNullGraphType<FloatGraphType>>("value").Description("监测值，单位同指标。The value, in the indicator's unit.");
        Field<StringGraphType>("unit").Description("单位；填写时须与指标一致，用于核对。The unit, checked against the indicator's when given.");
        Field<StringGraphType>("note").Description("说明（最多 500 字）。Note (at most 500 characters).");
        Field<StringGraphType>("source").Description("数据来源，如统计公报（最多 500 字）。Where the value comes from (at most 500 characters).");
        Field<BooleanGraphType>("correction")
            .Description("更正该统计期已有的监测值；原值保留备查。Correct the period's existing value; the old one stays on record.");
    }
}
