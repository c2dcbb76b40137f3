using GraphQL.Types;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceAreaGraphType : ObjectGraphType<ServiceArea>
{
    public static readonly NodeFetcher Node = new("ServiceArea",
        (services, id) => services.GetRequiredService<ServiceAreaByIdLoader>().Load(id).Then(a => (object?)a));

    public ServiceAreaGraphType()
    {
        Name = "ServiceArea";
        Description = "服务领域，如学有所教、劳有所得、文体服务保障。A service area, e.g. 学有所教.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("领域代码，跨清单版本稳定。Code, stable across editions.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称。Name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<CatalogEditionGraphType>>("edition").Description("所属清单版本。The catalog edition.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CatalogEditionByIdLoader>().Load(c.Source.EditionId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryGraphType>>>>("categories")
            .Description("服务类别。Categories.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CategoriesByAreaIdLoader>().Load(c.Source.Id));
    }
}
