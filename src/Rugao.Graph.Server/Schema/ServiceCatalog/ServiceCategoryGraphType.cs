using GraphQL.Types;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceCategoryGraphType : ObjectGraphType<ServiceCategory>
{
    public static readonly NodeFetcher Node = new("ServiceCategory",
        (services, id) => services.GetRequiredService<ServiceCategoryByIdLoader>().Load(id).Then(c => (object?)c));

    public ServiceCategoryGraphType()
    {
        Name = "ServiceCategory";
        Description = "服务类别，如学前教育助学服务。A service category.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("类别代码。Code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称。Name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ServiceAreaGraphType>>("area").Description("所属领域。The area.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ServiceAreaByIdLoader>().Load(c.Source.AreaId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceItemGraphType>>>>("items")
            .Description("服务事项。Service items.")
            .Resolve(c => c.RequestServices!.GetRequiredService<ItemsByCategoryIdLoader>().Load(c.Source.Id));
    }
}
