using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class StandardListingGraphType : ObjectGraphType<StandardListing>
{
    public StandardListingGraphType()
    {
        Name = "StandardListing";
        Description = "标准清单条目：某标准在一段时间内列入某服务领域或服务事项的标准清单。A standard listed for a service area or item over an interval.";
        Field<NonNullGraphType<StandardGraphType>>("standard").Description("标准。The standard.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(c.Source.StandardId)
                .Then(s => s is null
                    ? null
                    : new StandardView(s, c.AsOfOrInherited())));
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("服务领域。The service area.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(c.Source.AreaId));
        Field<ServiceItemGraphType>("serviceItem").Description("服务事项；领域层面的清单为 null。The service item; null for the area's own list.")
            .Resolve(c => c.Source.ServiceItemId is { } id
                ? c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>().Load(id)
                : null);
        Field<NonNullGraphType<CalendarDateGraphType>>("listedOn").Description("列入日期。Listed on.").Resolve(c => c.Source.ListedOn);
        Field<StringGraphType>("listReason").Description("列入理由。Why it was listed.").Resolve(c => c.Source.ListReason);
        Field<CalendarDateGraphType>("delistedOn").Description("移出日期；仍在清单中为 null。Delisted on; null while listed.")
            .Resolve(c => c.Source.DelistedOn);
        Field<StringGraphType>("delistReason").Description("移出理由。Why it was delisted.").Resolve(c => c.Source.DelistReason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardListAdjustmentGraphType>>>>("adjustments")
            .Description("开启和关闭本条目的调整。The adjustments that opened and closed this entry.")
            .Resolve(c => ListAdjustment.Of(c.Source).ToList());
    }
}
