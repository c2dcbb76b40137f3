using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Storage;

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
                await using var db = await Db(c);
                var listed = await Filtered(c, db).Where(l => l.ListedOn <= day && (l.DelistedOn == null || l.DelistedOn > day))
                    .OrderBy(l => l.AreaId).ThenBy(l => l.ServiceItemId).ThenBy(l => l.StandardId).ThenBy(l => l.Id)
                    .ToListAsync(c.CancellationToken);
                return Page.From(listed, request);
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
                await using var db = await Db(c);
                var listings = await Filtered(c, db).ToListAsync(c.CancellationToken);
                // Sorted here: SQLite cannot order by DateTimeOffset columns.
                var adjustments = listings.SelectMany(ListAdjustment.Of)
                    .Where(a => a.EffectiveOn >= from && a.EffectiveOn <= to)
                    .OrderByDescending(a => a.EffectiveOn).ThenByDescending(a => a.RecordedAt).ThenByDescending(a => a.Listing.Id)
                    .ThenByDescending(a => a.Action)
                    .ToList();
                return Page.From(adjustments, request);
            });
    }

    private static IQueryable<StandardListing> Filtered(IResolveFieldContext context, RugaoDbContext db)
    {
        var filter = context.GetArgument<StandardListFilterInput?>("where") ?? new StandardListFilterInput();
        var standards = Arguments.Ids(filter.Standard, StandardGraphType.Node.TypeName, "where.standard") ?? [];
        var areas = Arguments.Ids(filter.Area, ServiceAreaGraphType.Node.TypeName, "where.area") ?? [];
        var items = Arguments.Ids(filter.ServiceItem, ServiceItemGraphType.Node.TypeName, "where.serviceItem") ?? [];
        var listings = db.StandardListings.AsQueryable();
        if (standards.Count > 0)
        {
            listings = listings.Where(l => standards.Contains(l.StandardId));
        }

        if (areas.Count > 0)
        {
            listings = listings.Where(l => areas.Contains(l.AreaId));
        }

        if (items.Count > 0)
        {
            listings = listings.Where(l => l.ServiceItemId != null && items.Contains(l.ServiceItemId.Value));
        }

        return listings;
    }

    private static async Task<RugaoDbContext> Db(IResolveFieldContext context) =>
        await context.RequestServices!.GetRequiredService<IDbContextFactory<RugaoDbContext>>()
            .CreateDbContextAsync(context.CancellationToken);
}
