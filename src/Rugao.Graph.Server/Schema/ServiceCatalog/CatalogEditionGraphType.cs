using GraphQL.Types;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Server.Schema.Scalars;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class CatalogEditionGraphType : ObjectGraphType<ServiceCatalogEdition>
{
    public static readonly NodeFetcher Node = new("CatalogEdition",
        (services, id) => services.GetRequiredService<CatalogEditionByIdLoader>().Load(id).Then(e => (object?)e));

    public CatalogEditionGraphType()
    {
        Name = "CatalogEdition";
        Description = "基本公共服务事项清单的一个版本（如国家 2021 年版、本地实施清单）。One edition of the service catalog.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("版本代码。Edition code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称。Name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("jurisdiction").Description("适用地区。Jurisdiction.")
            .Resolve(c => c.Source.Jurisdiction);
        Field<StringGraphType>("basis").Description("依据。What it is based on.").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<CalendarDateGraphType>>("publishedOn").Description("发布日期。Publication date.")
            .Resolve(c => c.Source.PublishedOn);
        Field<NonNullGraphType<CalendarDateGraphType>>("effectiveFrom").Description("施行日期。First day in force.")
            .Resolve(c => c.Source.EffectiveFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>>("areas")
            .Description("服务领域（如学有所教）。Service areas.")
            .Resolve(c => c.RequestServices!.GetRequiredService<AreasByEditionIdLoader>().Load(c.Source.Id));
    }
}
