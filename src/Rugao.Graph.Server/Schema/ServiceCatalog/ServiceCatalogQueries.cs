using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public static class ServiceCatalogQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEditionGraphType>>>>("catalogEditions")
            .Description("服务清单的全部版本，按施行日期。All catalog editions by effective date.")
            .ResolveAsync(async c => await Reads(c).EditionsAsync(c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>>("serviceAreas")
            .Description("服务领域（含类别和事项），取 asOf 当日施行的清单版本。Service areas of the catalog edition in force on asOf.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .Argument<StringGraphType>("edition", "指定清单版本代码。A catalog edition code instead of the one in force.")
            .ResolveAsync(async c =>
            {
                var edition = await EditionAsync(c);
                return edition is null
                    ? []
                    : (await Reads(c).AreasByEditionIdsAsync([edition.Id], c.CancellationToken)).GetValueOrDefault(edition.Id) ?? [];
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
                var input = c.GetArgument<ServiceItemFilterInput?>("where") ?? new ServiceItemFilterInput();
                var filter = new ServiceItemFilter
                {
                    AreaIds = Arguments.Ids(input.Area, ServiceAreaGraphType.Node.TypeName, "where.area") ?? [],
                    CategoryIds = Arguments.Ids(input.Category, ServiceCategoryGraphType.Node.TypeName, "where.category") ?? [],
                    DepartmentIds = Arguments.Ids(input.Department, DepartmentGraphType.Node.TypeName, "where.department") ?? [],
                    Text = input.Text,
                    HasStandard = input.HasStandard,
                };
                var edition = await EditionAsync(c);
                if (edition is null)
                {
                    return Page.From<ServiceItem>([], request);
                }

                var page = await c.RequestServices!.GetRequiredService<ServiceItemReads>()
                    .PageAsync(edition.Id, filter, c.AsOf(), request.Window, c.CancellationToken);
                return new Page<ServiceItem>(page.Items, page.Offset, page.Total);
            });
    }

    private static async Task<ServiceCatalogEdition?> EditionAsync(IResolveFieldContext context)
    {
        var editions = await Reads(context).EditionsAsync(context.CancellationToken);
        var code = context.GetArgument<string?>("edition");
        if (code is null)
        {
            return CatalogEditionRules.InForce(editions, context.AsOf());
        }

        return editions.FirstOrDefault(e => e.Code == code)
            ?? throw ErrorCatalog.CatalogEditionNotFound.With(code).ToExecutionError();
    }

    private static CatalogReads Reads(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CatalogReads>();
}
