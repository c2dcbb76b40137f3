using GraphQL.Types;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public static class ServiceCatalogQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEditionGraphType>>>>("catalogEditions")
            .Description("服务清单的全部版本，按施行日期。All catalog editions by effective date.")
            .ResolveAsync(async c =>
            {
                await using var db = await Db(c);
                return await db.CatalogEditions.OrderBy(e => e.EffectiveFrom).ToListAsync(c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>>("serviceAreas")
            .Description("服务领域（含类别和事项），取 asOf 当日施行的清单版本。Service areas of the catalog edition in force on asOf.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .Argument<StringGraphType>("edition", "指定清单版本代码。A catalog edition code instead of the one in force.")
            .ResolveAsync(async c =>
            {
                await using var db = await Db(c);
                var edition = await EditionAsync(c, db);
                return edition is null
                    ? []
                    : await db.ServiceAreas.Where(a => a.EditionId == edition.Id).OrderBy(a => a.Position)
                        .ToListAsync(c.CancellationToken);
            });
        query.Field<ServiceItemGraphType>("serviceItem")
            .Description("按 ID 取服务事项。A service item by ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "全局 ID。Global ID.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceItemByIdLoader>()
                .Load(GlobalId.Expect(c.GetArgument<string>("id"), ServiceItemGraphType.Node.TypeName, "id")));
        query.Field<NonNullGraphType<ConnectionGraphType<ServiceItemGraphType, ServiceItem>>>("serviceItems")
            .Description("筛选并分页列出服务事项（asOf 当日施行的清单版本）。Service items of the edition in force, filtered and paged.")
            .Argument<ServiceItemFilterInputType>("where", "筛选条件。Filter.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var request = PageRequest.From(c).Validate();
                var filter = c.GetArgument<ServiceItemFilterInput?>("where") ?? new ServiceItemFilterInput();
                var areas = Arguments.Ids(filter.Area, ServiceAreaGraphType.Node.TypeName, "where.area") ?? [];
                var categories = Arguments.Ids(filter.Category, ServiceCategoryGraphType.Node.TypeName, "where.category") ?? [];
                var departments = Arguments.Ids(filter.Department, DepartmentGraphType.Node.TypeName, "where.department") ?? [];
                await using var db = await Db(c);
                var edition = await EditionAsync(c, db);
                var day = c.AsOf();
                var items = db.ServiceItems.Where(i => edition != null && i.EditionId == edition.Id);
                if (areas.Count > 0)
                {
                    items = items.Where(i => areas.Contains(i.AreaId));
                }

                if (categories.Count > 0)
                {
                    items = items.Where(i => categories.Contains(i.CategoryId));
                }

                if (departments.Count > 0)
                {
                    items = items.Where(i => i.DepartmentId != null && departments.Contains(i.DepartmentId.Value));
                }

                if (!string.IsNullOrWhiteSpace(filter.Text))
                {
                    var text = filter.Text.Trim();
                    items = items.Where(i => i.Name.Contains(text) || i.ServiceContent.Contains(text) || i.ServiceObject.Contains(text));
                }

                if (filter.HasStandard is { } has)
                {
                    items = items.Where(i => db.StandardListings.Any(l => l.ServiceItemId == i.Id && l.ListedOn <= day
                        && (l.DelistedOn == null || l.DelistedOn > day)) == has);
                }

                var all = await items.OrderBy(i => i.AreaId).ThenBy(i => i.Position).ToListAsync(c.CancellationToken);
                return Page.From(all, request);
            });
    }
 
    private static async Task<ServiceCatalogEdition?> EditionAsync(IResolveFieldContext context, RugaoDbContext db)
    {
        var editions = await db.CatalogEditions.ToListAsync(context.CancellationToken);
        var code = context.GetArgument<string?>("edition");
        if (code is null)
        {
            return CatalogEditionRules.InForce(editions, context.AsOf());
        }

        return editions.FirstOrDefault(e => e.Code == code)
            ?? throw ErrorCatalog.CatalogEditionNotFound.With(code).ToExecutionError();
    }

    private static async Task<RugaoDbContext> Db(IResolveFieldContext context) =>
        await context.RequestServices!.GetRequiredService<IDbContextFactory<RugaoDbContext>>()
            .CreateDbContextAsync(context.CancellationToken);
}
