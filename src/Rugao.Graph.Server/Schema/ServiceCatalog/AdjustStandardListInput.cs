using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed record AdjustStandardListInput
{
    public int StandardId { get; init; }
    public int? AreaId { get; init; }
    public int? ServiceItemId { get; init; }
    public ListAction Action { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public string? Reason { get; init; }
}

public sealed class AdjustStandardListInputType : InputObjectGraphType<AdjustStandardListInput>
{
    public AdjustStandardListInputType()
    {
        Name = "AdjustStandardListInput";
        Description = "将已发布的标准列入或移出某服务领域或服务事项的标准清单。List or delist a published standard for a service area or item.";
        Field<NonNullGraphType<IdGraphType>>("standardId").Description("标准 ID。The standard.")
            .AsKeyOf(StandardGraphType.Node.TypeName);
        Field<IdGraphType>("areaId").Description("服务领域 ID；只给事项时取事项所属领域。The service area; the item's own area by default.")
            .AsKeyOf(ServiceAreaGraphType.Node.TypeName);
        Field<IdGraphType>("serviceItemId").Description("服务事项 ID；不填则调整领域层面的清单。The service item; leave out for the area's own list.")
            .AsKeyOf(ServiceItemGraphType.Node.TypeName);
        Field<NonNullGraphType<ListActionGraphType>>("action").Description("列入或移出。List or delist.");
        Field<CalendarDateGraphType>("effectiveOn").Description("生效日期（北京时间），默认今天。First day the adjustment applies (China time); today by default.");
        Field<StringGraphType>("reason").Description("调整理由（必填，最多 1000 字）。Why (required, at most 1000 characters).");
    }
}
