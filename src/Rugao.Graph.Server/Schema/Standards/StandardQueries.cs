using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.ServiceCatalog;
using Rugao.Graph.Server.Schema.StandardSystem;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static class StandardQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionGraphType<StandardGraphType, StandardView>>>("standards")
            .Description("筛选、排序并分页列出已发布的标准，按 asOf 当日的状态与版本。Published standards as they stood on asOf, filtered, sorted and paged.")
            .Paged()
            .Argument<StandardFilterInputType>("where", "筛选条件。Filter.")
            .Argument<StandardOrderInputType>("order", "排序，默认按编号升序。Sort, by code ascending by default.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .ResolveAsync(async c =>
            {
                var request = PageRequest.From(c).Validate();
                var day = c.AsOf();
                var order = c.GetArgument<StandardOrderInput?>("order") ?? new StandardOrderInput();
                var filter = Filter(c.GetArgument<StandardFilterInput?>("where"));
                var finder = c.RequestServices!.GetRequiredService<StandardFinder>();
                var (items, total) = await finder.FindAsync(filter,
                    new StandardOrder(order.Field, order.Direction == OrderDirection.Desc), day, request.Window,
                    c.CancellationToken);
                var (offset, _) = request.Window(total);
                return new Page<StandardView>(items.Select(s => new StandardView(s, day)).ToList(), offset, total);
            });
        query.Field<StandardGraphType>("standard")
            .Description("按 ID 或编号取标准。编号可带年份（指定版本）或不带（asOf 当日适用的版本），大小写、空格、斜杠均可宽松书写。"
                + "A standard by ID or code; a code with a year pins that edition, without a year it means the edition current on asOf. Codes are matched in normalised form (gb/t28220-2023 works).")
            .Argument<IdGraphType>("id", "全局 ID。Global ID.")
            .Argument<StringGraphType>("code", "标准编号，如“GB/T 28220-2023”“gbt28220”。Standard code.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认今天。Day, default today.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id");
                var text = c.GetArgument<string?>("code");
                if ((id is null) == (text is null))
                {
                    throw StandardErrors.IdOrCode();
                }

                var day = c.AsOf();
                if (id is not null)
                {
                    var key = GlobalId.Expect(id, StandardGraphType.Node.TypeName, "id");
                    var byId = await c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(key)
                        .GetResultAsync(c.CancellationToken);
                    return StandardViews.Visible(c, byId, day);
                }

                if (!StandardCode.TryParse(text, out var code, out var error))
                {
                    throw StandardErrors.InvalidCode(error);
                }

                var standard = await c.RequestServices!.GetRequiredService<StandardReads>()
                    .ByCodeAsync(code, c.Readership(), c.CancellationToken);
                return StandardViews.Visible(c, standard, day, code.Year) ?? throw StandardErrors.NotFound(code.ToString());
            });
    }

    private static StandardFilter Filter(StandardFilterInput? input) => input is null
        ? new StandardFilter()
        : new StandardFilter
        {
            AreaIds = Arguments.Ids(input.Area, ServiceAreaGraphType.Node.TypeName, "where.area"),
            ServiceItemIds = Arguments.Ids(input.ServiceItem, ServiceItemGraphType.Node.TypeName, "where.serviceItem"),
            SystemNodeIds = Arguments.Ids(input.SystemNode, SystemNodeGraphType.Node.TypeName, "where.systemNode"),
            DepartmentIds = Arguments.Ids(input.Department, DepartmentGraphType.Node.TypeName, "where.department"),
            Levels = input.Level,
            Natures = input.Nature,
            Statuses = input.Status,
            IssuedOn = input.IssuedOn is { } issued ? new DateRange(issued.From, issued.To) : null,
            EffectiveOn = input.EffectiveOn is { } effective ? new DateRange(effective.From, effective.To) : null,
            Text = input.Title,
        };
}
