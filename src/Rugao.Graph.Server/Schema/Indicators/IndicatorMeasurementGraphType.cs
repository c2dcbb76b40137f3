using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Scalars;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorMeasurementGraphType : ObjectGraphType<IndicatorMeasurement>
{
    public IndicatorMeasurementGraphType()
    {
        Name = "IndicatorMeasurement";
        Description = "指标监测值：某日的统计结果。A recorded value of an indicator on a day.";
        Field<NonNullGraphType<CalendarDateGraphType>>("measuredOn").Description("监测值所对应的日期。The day the value refers to.")
            .Resolve(c => c.Source.MeasuredOn);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("监测值，单位同指标。The value, in the indicator's unit.")
            .Resolve(c => c.Source.Value);
        Field<StringGraphType>("note").Description("说明。Note.").Resolve(c => c.Source.Note);
        Field<StringGraphType>("source").Description("数据来源。Where the value comes from.").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<BooleanGraphType>>("isCorrection").Description("是否更正了同一统计期的原值。Whether it corrects an earlier value of its day.")
            .Resolve(c => c.Source.CorrectsId is not null);
        Field<MeasurementAuditGraphType>("audit").Description("审计信息，仅编辑及以上可见。Audit trail; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c) ? c.Source : null);
    }
}
