using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>The non-scoring part of <see cref="SearchRequest"/>: visible on the day, of the kinds, of the standards.</summary>
internal static class LuceneFilterFactory
{
    public static Filter For(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = IndexDays.Of(request.AsOf);
        var filter = new BooleanQuery
        {
            { NumericRangeQuery.NewInt32Range(LuceneFields.VisibleFrom, null, day, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(LuceneFields.VisibleTo, day, null, true, true), Occur.MUST },
        };
        if (request.Kinds is { Count: > 0 } kinds)
        {
            var anyKind = new BooleanQuery();
            foreach (var kind in kinds.Distinct())
            {
                anyKind.Add(new TermQuery(new Term(LuceneFields.Kind, LuceneDocumentWriter.KindTerm(kind))), Occur.SHOULD);
            }

            filter.Add(anyKind, Occur.MUST);
        }

        if (request.StandardIds is { } standardIds)
        {
            filter.Add(new ConstantScoreQuery(new StandardIdFilter(standardIds)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }
}
