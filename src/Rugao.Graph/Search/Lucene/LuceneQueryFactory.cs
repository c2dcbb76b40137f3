using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Builds the scoring query of <see cref="SearchRequest"/> from terms and analyzed text, never through a query
/// parser, so whatever the user typed (<c>"</c>, <c>*</c>, <c>:</c>, <c>AND</c>) is only text. Each part is what an
/// Elasticsearch <c>term</c> or <c>match</c> query (operator OR or AND) builds, so both engines score alike.
/// </summary>
internal sealed class LuceneQueryFactory(Analyzer analyzer)
{
    private static readonly (string Field, float Weight)[] TextFields =
    [
        (LuceneFields.Title, SearchRanking.Title),
        (LuceneFields.Heading, SearchRanking.Heading),
        (LuceneFields.Text, SearchRanking.Text),
        (LuceneFields.Ancestors, SearchRanking.Ancestors),
    ];

    private readonly QueryBuilder builder = new(analyzer);

    /// <summary>The query, or null when the text holds nothing to search for.</summary>
    public Query? For(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new BooleanQuery(disableCoord: true);
        if (request.Code is { } code)
        {
            AddIdentifier(query, new Term(LuceneFields.Code, LuceneDocumentWriter.CodeTerm(code.CompactKey)), SearchRanking.Code);
        }

        foreach (var term in request.Text.Terms)
        {
            if (QueryTokens.IsCodeNumber(term))
            {
                AddIdentifier(query, new Term(LuceneFields.CodeNumber, term), SearchRanking.CodeNumber);
            }

            if (QueryTokens.IsClauseNumber(term))
            {
                Add(query, Exactly(new Term(LuceneFields.ClauseNumber, LuceneDocumentWriter.ClauseNumberTerm(term))),
                    SearchRanking.ClauseNumber);
            }
        }

        var text = request.Text.Normalized;
        foreach (var (field, weight) in TextFields)
        {
            Add(query, builder.CreateBooleanQuery(LuceneFields.Words(field), text, Occur.SHOULD), weight * SearchRanking.Words);
            Add(query, builder.CreateBooleanQuery(LuceneFields.Bigrams(field), text, Occur.SHOULD), weight * SearchRanking.AnyBigram);
            Add(query, builder.CreateBooleanQuery(LuceneFields.Bigrams(field), text, Occur.MUST), weight * SearchRanking.AllBigrams);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>A code matches every document of the standard; the standard's own document scores it in full.</summary>
    private static void AddIdentifier(BooleanQuery query, Term identifier, float boost)
    {
        Add(query, Exactly(identifier), SearchRanking.CodeOnClauses);
        var standard = new BooleanQuery
        {
            { new TermQuery(identifier), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Kind, LuceneDocumentWriter.KindTerm(SearchKind.Standard))), Occur.MUST },
        };
        Add(query, new ConstantScoreQuery(standard), boost - SearchRanking.CodeOnClauses);
    }

    private static ConstantScoreQuery Exactly(Term term) => new(new TermQuery(term));

    private static void Add(BooleanQuery query, Query? part, float boost)
    {
        if (part is not null && boost > 0)
        {
            part.Boost = boost;
            query.Add(part, Occur.SHOULD);
        }
    }
}
