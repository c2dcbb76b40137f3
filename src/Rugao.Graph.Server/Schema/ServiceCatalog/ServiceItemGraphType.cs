using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Departments;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.Server.Schema.Standards;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceItemGraphType : ObjectGraphType<ServiceItem>
{
    public static readonly NodeFetcher Node = new("ServiceItem",
        (services, id) => services.GetRequiredService<ServiceItemByIdLoader>().Load(id).Then(i => (object?)i));

    public ServiceItemGraphType()
    {
        Name = "ServiceItem";
        Description = "基本公共服务事项，含服务对象、服务内容、服务标准、支出责任、牵头负责单位。A basic public service item with its five attributes.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("事项代码，跨清单版本稳定。Code, stable across editions.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("事项名称。Name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("serviceObject").Description("服务对象。Who is served.")
            .Resolve(c => c.Source.ServiceObject);
        Field<NonNullGraphType<StringGraphType>>("serviceContent").Description("服务内容。What is provided.")
            .Resolve(c => c.Source.ServiceContent);
        Field<NonNullGraphType<StringGraphType>>("serviceStandard").Description("服务标准。The service level.")
            .Resolve(c => c.Source.ServiceStandard);
        Field<NonNullGraphType<StringGraphType>>("paymentResponsibility").Description("支出责任。Who pays.")
            .Resolve(c => c.Source.PaymentResponsibility);
        Field<NonNullGraphType<StringGraphType>>("leadDepartment").Description("牵头负责单位（清单原文）。Lead bodies, as the catalog words it.")
            .Resolve(c => c.Source.LeadDepartment);
        Field<DepartmentGraphType>("department").Description("本市承办部门。The city department that delivers it.")
            .Resolve(c => c.Source.DepartmentId is { } id
                ? c.RequestServices!.GetRequiredService<DepartmentByIdLoader>().Load(id)
                : null);
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("所属领域。The area.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(c.Source.AreaId));
        Field<NonNullGraphType<ServiceCategoryGraphType>>("category").Description("所属类别。The category.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceCategoryByIdLoader>().Load(c.Source.CategoryId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("standards")
            .Description("asOf 当日标准清单中支撑本事项的标准。Standards listed for this item on asOf.")
            .Argument<CalendarDateGraphType>("asOf", "日期，默认为查询上层给出的 asOf，再默认今天。Day; by default the asOf given higher up the query, else today.")
            .Resolve(c =>
            {
                var day = c.AsOfOrInherited();
                return c.RequestServices!.GetRequiredService<StandardsByServiceItemLoader>().Load(new ListingKey(c.Source.Id, day))
                    .Then(list => list.Select(s => new StandardView(s, day)).ToList());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardListingGraphType>>>>("listings")
            .Description("本事项标准清单的完整调整历史。The full history of this item's standards list.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ListingsByServiceItemIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandardGraphType>>>>("linkedStandards")
            .Description("关联本事项的已发布标准（不论是否列入清单）。Published standards linked to this item, listed or not.")
            .Resolve(c => c.RequestServices!.GetRequiredService<LinkedStandardsByServiceItemIdLoader>().Load(c.Source.Id)
                .Then(list => list.Select(s => new StandardView(s, c.Today())).ToList()));
    }
}
