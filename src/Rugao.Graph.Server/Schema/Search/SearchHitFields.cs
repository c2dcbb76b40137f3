using GraphQL.Types;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Standards;

namespace Rugao.Graph.Server.Schema.Search;

internal static class SearchHitFields
{
    public static void AddTo<TSource>(ObjectGraphType<TSource> type)
        where TSource : SearchHitView
    {
        type.Field<NonNullGraphType<FloatGraphType>>("score").Description("相关度得分，越大越相关。Relevance score; higher is better.")
            .Resolve(c => c.Source.Hit.Score);
        type.Field<NonNullGraphType<StringGraphType>>("snippet").Description("命中处的纯文本摘要。Plain-text snippet around the match.")
            .Resolve(c => c.Source.Hit.Snippet);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightSpanGraphType>>>>("highlights")
            .Description("摘要中命中词的位置。Where the query's terms occur in the snippet.")
            .Resolve(c => c.Source.Hit.Highlights);
        type.Field<NonNullGraphType<StandardGraphType>>("standard").Description("所属标准（按检索日期）。The standard, as of the search's day.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardByIdLoader>().Load(c.Source.Hit.Document.StandardId)
                .Then(s => StandardViews.Visible(c, s, c.Source.AsOf)));
    }
}
