using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Search;

public sealed class SearchResultConnectionGraphType : ObjectGraphType<SearchPage>
{
    public SearchResultConnectionGraphType()
    {
        Name = "SearchResultConnection";
        Description = "检索结果，按相关度排序并分页，附分面计数。Search results by relevance, paged, with facet counts.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("命中总数。How many results match.")
            .Resolve(c => c.Source.Page.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("分页信息。Paging information.")
            .Resolve(c => c.Source.Page);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<SearchHitGraphType, SearchHitView>>>>>("edges")
            .Description("带游标的结果。Results with their cursors.").Resolve(c => c.Source.Page.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("nodes")
            .Description("本页结果。Results of this page.").Resolve(c => c.Source.Page.Items);
        Field<NonNullGraphType<SearchFacetsGraphType>>("facets").Description("分面计数。Facet counts.")
            .Resolve(c => c.Source.Facets);
    }
}
