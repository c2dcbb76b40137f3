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
internal sealed class LuceneQueryFactory(Analyzer analyzer, SearchRanking ranking)
{
    private readonly (string Field, float Weight)[] textFields =
    [
        (LuceneFields.Title, ranking.Title),
        (LuceneFields.Heading, ranking.Heading),
        (LuceneFields.Text, ranking.Text),
        (LuceneFields.Ancestors, ranking.Ancestors),
    ];

    private readonly QueryBuilder builder = new(analyzer);

    /// <summary>The query, or null when the text holds nothing to search for.</summary>
    /// <param name="terms">The search's term lookups, shared with its scoring (<see cref="SearchTerms"/>).</param>
    public Query? For(SearchRequest request, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new BooleanQuery(disableCoord: true);
        if (request.Code is { } code)
        {
            AddIdentifier(query, new Term(LuceneFields.Code, LuceneTerms.Code(code.CompactKey)), ranking.Code);
        }

        foreach (var term in request.Text.Terms)
        {
            if (QueryTokens.IsCodeNumber(term))
            {
                AddIdentifier(query, new Term(LuceneFields.CodeNumber, term), ranking.CodeNumber);
            }

            if (QueryTokens.IsClauseNumber(term))
            {
                Add(query, Exactly(new Term(LuceneFields.ClauseNumber, LuceneTerms.ClauseNumber(term))),
                    ranking.ClauseNumber);
            }
        }

        var text = request.Text.Normalized;
        Add(query, AcrossFields(LuceneFields.Words, text, Occur.SHOULD, terms), ranking.Words);
        var anyBigram = AcrossFields(LuceneFields.Bigrams, text, Occur.SHOULD, terms);
        var allBigrams = AcrossFields(LuceneFields.Bigrams, text, Occur.MUST, null);
        if (anyBigram is not null && anyBigram.Equals(allBigrams))
        {
            // One bigram (书屋, 办园): "any" and "all" are the same query, and BM25 is linear in the boost, so it is
            // scored once with both weights instead of walking the same postings twice.
            Add(query, anyBigram, ranking.AnyBigram + ranking.AllBigrams);
        }
        else
        {
            Add(query, anyBigram, ranking.AnyBigram);
            Add(query, allBigrams, ranking.AllBigrams);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The text matched in every text field, each weighted (Elasticsearch: <c>multi_match</c> with <c>tie_breaker</c>).</summary>
    private DisjunctionMaxQuery? AcrossFields(Func<string, string> analysis, string text, Occur each, SearchTerms? terms)
    {
        var fields = new DisjunctionMaxQuery(ranking.FieldTieBreaker);
        foreach (var (field, weight) in textFields)
        {
            var built = builder.CreateBooleanQuery(analysis(field), text, each);
            if ((terms is null ? built : CommonTerms.Split(built, terms)) is { } match && weight > 0)
            {
                match.Boost = weight;
                fields.Add(match);
            }
        }

        return fields.Disjuncts.Count == 0 ? null : fields;
    }

    /// <summary>A code matches every document of the standard; the standard's own document scores it in full.</summary>
    private void AddIdentifier(BooleanQuery query, Term identifier, float boost)
    {
        Add(query, Exactly(identifier), ranking.CodeOnClauses);
        var standard = new BooleanQuery
        {
            { new TermQuery(identifier), Occur.MUST },
            { new TermQuery(new Term(LuceneFields.Kind, LuceneTerms.Kind(SearchKind.Standard))), Occur.MUST },
        };
        Add(query, new ConstantScoreQuery(standard), boost - ranking.CodeOnClauses);
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
