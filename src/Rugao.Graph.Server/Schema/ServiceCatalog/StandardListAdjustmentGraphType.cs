using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class StandardListAdjustmentGraphType : ObjectGraphType<ListAdjustment>
{
    public StandardListAdjustmentGraphType()
    {
        Name = "StandardListAdjustment";
        Description = "标准清单的一次调整（列入或移出）。One adjustment of the standards list: a listing or a delisting.";
        Field<NonNullGraphType<StandardGraphType>>("standard").Description("标准。The standard.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(c.Source.Listing.StandardId)
                .Then(s => s is null ? null : new StandardView(s, c.Source.EffectiveOn)));
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("服务领域。The service area.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(c.Source.Listing.AreaId));
        Field<ServiceItemGraphType>("serviceItem").Description("服务事项；领域层面的清单为 null。The service item; null for the area's own list.")
            .Resolve(c => c.Source.Listing.ServiceItemId is { } id
                ? c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>().Load(id)
                : null);
        Field<NonNullGraphType<ListActionGraphType>>("action").Description("列入或移出。Listed or delisted.").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveOn").Description("生效日期。First day it applies.")
            .Resolve(c => c.Source.EffectiveOn);
        Field<StringGraphType>("reason").Description("理由。Why.").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("actor").Description("调整者（密钥名称或令牌主体），仅编辑及以上可见。Who made it; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c) ? c.Source.Actor : null);
        Field<DateTimeOffsetGraphType>("recordedAt").Description("录入时间，仅编辑及以上可见。When it was recorded; editors and above only.")
            .Resolve(c => EditorAccess.CanReadDrafts(c) ? c.Source.RecordedAt : null);
    }
}
