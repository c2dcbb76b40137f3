using GraphQL.Types;
using Rugao.Graph.Indicators;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class MeasurementAuditGraphType : ObjectGraphType<IndicatorMeasurement>
{
    public MeasurementAuditGraphType()
    {
        Name = "MeasurementAudit";
        Description = "监测值的审计信息（密钥名称或令牌主体）。Who recorded a value and when.";
        Field<StringGraphType>("recordedBy").Description("填报者。Who recorded it.").Resolve(c => c.Source.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("填报时间。When it was recorded.")
            .Resolve(c => c.Source.RecordedAt);
    }
}
