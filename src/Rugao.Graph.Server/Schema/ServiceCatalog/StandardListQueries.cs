using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public static class StandardListQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionGraphType<StandardListingGraphType, StandardListing>>>("standardList")
            .Description("asOf 当日的标准清单（按领域、事项、标准排列）。The standards list as it stood on asOf, by area, item and standard.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .Argument<StandardListFilterInputType>("where", "筛选条件。Filter.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var request = PageRequest.From(c).Validate();
                var day = c.AsOf();
                var page = await Reads(c).ListedOnAsync(Filter(c), day, request.Window, c.CancellationToken);
                return new Page<StandardListing>(page.Items, page.Offset, page.Total);
            });
        query.Field<NonNullGraphType<ConnectionGraphType<StandardListAdjustmentGraphType, ListAdjustment>>>("standardListAdjustments")
            .Description("标准清单的调整历史，最新在前。Every adjustment of the standards list, latest first.")
            .Argument<StandardListFilterInputType>("where", "筛选条件。Filter.")
            .Argument<CalendarDateGraphType>("from", "生效日期不早于此日。Adjustments effective on or after this day.")
            .Argument<CalendarDateGraphType>("to", "生效日期不晚于此日。Adjustments effective on or before this day.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var request = PageRequest.From(c).Validate();
                var from = c.GetArgument<DateOnly?>("from") ?? DateOnly.MinValue;
                var to = c.GetArgument<DateOnly?>("to") ?? DateOnly.MaxValue;
                return Page.From(await Reads(c).AdjustmentsAsync(Filter(c), from, to, c.CancellationToken), request);
            });
    }

    private static ListingFilter Filter(IResolveFieldContext context)
    {
        var filter = context.GetArgument<StandardListFilterInput?>("where") ?? new StandardListFilterInput();
        return new ListingFilter
        {
            StandardIds = Arguments.Ids(filter.Standard, StandardGraphType.Node.TypeName, "where.standard") ?? [],
            AreaIds = Arguments.Ids(filter.Area, ServiceAreaGraphType.Node.TypeName, "where.area") ?? [],
            ServiceItemIds = Arguments.Ids(filter.ServiceItem, ServiceItemGraphType.Node.TypeName, "where.serviceItem") ?? [],
        };
    }

    private static StandardListReads Reads(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<StandardListReads>();
}
