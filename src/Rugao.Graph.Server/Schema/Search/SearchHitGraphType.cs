using GraphQL.Types;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Search;

/// <summary>The fields every kind of hit shares; each hit type resolves them through <see cref="SearchHitFields"/>.</summary>
public sealed class SearchHitGraphType : InterfaceGraphType<SearchHitView>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "一条检索结果：标准或条款。A search result: a standard or a clause.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("相关度得分，越大越相关。Relevance score; higher is better.");
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("命中处的纯文本摘要。Plain-text snippet around the match.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightSpanGraphType>>>>("highlights")
            .Description("摘要中命中词的位置。Where the query's terms occur in the snippet.");
        Field<NonNullGraphType<StandardGraphType>>("standard").Description("所属标准（按检索日期）。The standard, as of the search's day.");
    }
}
