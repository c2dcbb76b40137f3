using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorGraphType : ObjectGraphType<IndicatorView>
{
    public static readonly NodeFetcher Node = new("Indicator", (services, id) =>
        services.GetRequiredService<IndicatorByIdLoader>().Load(id).Then(i => i is null
            ? null
            : (object?)new IndicatorView(i, LocalCalendar.Today(services.GetRequiredService<TimeProvider>()))));

    public IndicatorGraphType()
    {
        Name = "Indicator";
        Description = "指标：实施方案中可量化的目标，含目标值、方向、期限与监测值，达标情况由监测值计算。"
            + "A measurable target of the plan with its measurements; attainment is computed.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Indicator.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("指标代码，如“LYSD-JY-01”。Stable code.")
            .Resolve(c => c.Source.Indicator.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("指标名称。Name.").Resolve(c => c.Source.Indicator.Name);
        Field<StringGraphType>("description").Description("说明。Description.").Resolve(c => c.Source.Indicator.Description);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("单位，如“人”“%”。Unit.").Resolve(c => c.Source.Indicator.Unit);
        Field<NonNullGraphType<FloatGraphType>>("target").Description("目标值。Target value.").Resolve(c => c.Source.Indicator.Target);
        Field<NonNullGraphType<IndicatorDirectionGraphType>>("direction").Description("方向：不低于或不高于目标值。Direction.")
            .Resolve(c => c.Source.Indicator.Direction);
        Field<NonNullGraphType<StringGraphType>>("periodLabel").Description("期限，如“试点期（2020—2022年）”。Period as worded.")
            .Resolve(c => c.Source.Indicator.PeriodLabel);
        Field<CalendarDateGraphType>("periodFrom").Description("期限起始日。First day of the period.")
            .Resolve(c => c.Source.Indicator.PeriodFrom);
        Field<CalendarDateGraphType>("periodTo").Description("期限截止日。Last day of the period.")
            .Resolve(c => c.Source.Indicator.PeriodTo);
        Field<ServiceAreaGraphType>("area").Description("所属服务领域。Service area.")
            .Resolve(c => c.Source.Indicator.AreaId is { } id
                ? c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(id)
                : null);
        Field<DepartmentGraphType>("department").Description("责任部门。Responsible department.")
            .Resolve(c => c.Source.Indicator.DepartmentId is { } id
                ? c.RequestServices!.GetRequiredService<DepartmentByIdLoader>().Load(id)
                : null);
        Field<ServiceItemGraphType>("serviceItem").Description("对应的服务事项。The service item it measures.")
            .Resolve(c => c.Source.Indicator.ServiceItemId is { } id
                ? c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>().Load(id)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorMeasurementGraphType>>>>("measurements")
            .Description("全部监测值，按日期从早到晚（便于绘制趋势）。All measurements, oldest first, ready to chart.")
            .Resolve(c => c.RequestServices!.GetRequiredService<MeasurementsByIndicatorIdLoader>().Load(c.Source.Indicator.Id));
        Field<NonNullGraphType<IndicatorAttainmentGraphType>>("attainment")
            .Description("asOf 当日的达标情况，默认为读取本指标所用的日期。Attainment on asOf; by default the day the indicator was read for.")
            .Argument<CalendarDateGraphType>("asOf", "日期。Day.")
            .Resolve(c =>
            {
                var indicator = c.Source.Indicator;
                var day = c.GetArgument<DateOnly?>("asOf") ?? c.Source.AsOf;
                return c.RequestServices!.GetRequiredService<MeasurementsByIndicatorIdLoader>().Load(indicator.Id)
                    .Then(measurements => IndicatorAttainmentRules.On(indicator, measurements, day));
            });
    }
}
