using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Completions for a search box: standards whose code or title starts with what was typed, code matches first.</summary>
internal static class SuggestQueryFactory
{
    private const float CodeBoost = 2f;

    public static readonly Filter StandardsOnly =
        new QueryWrapperFilter(new TermQuery(new Term(LuceneFields.Kind, LuceneTerms.Kind(SearchKind.Standard))));

    public static readonly Sort Order = new(SortField.FIELD_SCORE, new SortField(LuceneFields.Code, SortFieldType.STRING));

    public static Query? For(string prefix)
    {
        var title = QueryText.Normalize(prefix);
        if (title.Length == 0)
        {
            return null;
        }

        var query = new BooleanQuery { { new PrefixQuery(new Term(LuceneFields.TitleKey, title)), Occur.SHOULD } };
        var code = LuceneTerms.Code(prefix);
        if (code.Length > 0)
        {
            query.Add(new PrefixQuery(new Term(LuceneFields.Code, code)) { Boost = CodeBoost }, Occur.SHOULD);
        }

        return query;
    }
}
