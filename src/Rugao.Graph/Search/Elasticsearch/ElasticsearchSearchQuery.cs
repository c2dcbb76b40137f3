using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;
using Request = Rugao.Graph.Search.SearchRequest;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// One <c>_search</c> with the semantics of <see cref="Request"/> and the weights of <see cref="SearchRanking"/>, built
/// part for part like the embedded engine's query (each of its term and boolean queries is what a <c>term</c> or
/// <c>match</c> query builds here): should-clauses for code, code numbers and clause numbers at constant scores, and
/// its words, any of its bigrams and all of its bigrams, each a <c>dis_max</c> over the text fields with the ranking's
/// tie-breaker, analysed by the query analyzers of <see cref="ElasticsearchAnalysis"/>; filters for the day, the kinds and the
/// standards; a <c>terms</c> aggregation on the standard for <see cref="SearchMatches.CountByStandard"/>.
/// </summary>
internal static class ElasticsearchSearchQuery
{
    public const string ByStandard = "byStandard";

    /// <summary>More standards than the platform will ever hold, so every count is exact.</summary>
    public const int MaxStandards = 10_000;

    /// <summary>
    /// BM25's <c>k1 + 1</c>, which Lucene 4.8 (the embedded engine) multiplies every text score by and Lucene 8+
    /// (Elasticsearch 7+) no longer does; the text parts are boosted by it so text scores weigh the same against the
    /// constant scores of code and number matches in both engines (k1 = 1.2, both engines' default).
    /// </summary>
    public const float LuceneBm25Scale = 2.2f;

    private static readonly (string Field, float Weight)[] TextFields =
    [
        (F.Title, SearchRanking.Default.Title),
        (F.Heading, SearchRanking.Default.Heading),
        (F.Text, SearchRanking.Default.Text),
        (F.Ancestors, SearchRanking.Default.Ancestors),
    ];

    /// <summary>The request to send, or null when nothing can match (no term to look for, or no standard allowed).</summary>
    public static EsSearchRequest? Create(Request request, string index)
    {
        ArgumentNullException.ThrowIfNull(request);
        var should = Should(request).ToList();
        if (should.Count == 0 || request.StandardIds is { Count: 0 })
        {
            return null;
        }

        return new EsSearchRequest(index)
        {
            Query = new BoolQuery { Should = should, MinimumShouldMatch = 1, Filter = Filter(request).ToList() },
            From = request.Offset,
            Size = request.Limit,
            Sort = ElasticsearchQueries.ByScoreThen(F.Id),
            TrackTotalHits = true,
            Aggregations = new Dictionary<string, Aggregation>
            {
                [ByStandard] = new TermsAggregation { Field = F.StandardId, Size = MaxStandards },
            },
        };
    }

    private static IEnumerable<Query> Should(Request request)
    {
        var identifiers = new List<Query>();
        if (request.Code is { } code)
        {
            identifiers.AddRange(Identifier(F.Code, ElasticsearchTerms.Code(code.CompactKey), SearchRanking.Default.Code));
        }

        foreach (var term in request.Text.Terms)
        {
            if (ElasticsearchTerms.IsCodeNumber(term))
            {
                identifiers.AddRange(Identifier(F.CodeNumber, term, SearchRanking.Default.CodeNumber));
            }

            if (ElasticsearchTerms.IsClauseNumber(term) && SearchRanking.Default.ClauseNumber > 0)
            {
                identifiers.Add(ElasticsearchQueries.Exactly(
                    new TermQuery(F.ClauseNumber, ElasticsearchTerms.ClauseNumber(term)), SearchRanking.Default.ClauseNumber));
            }
        }

        if (request.Text.Terms.Count == 0)
        {
            return identifiers;
        }

        var text = request.Text.Normalized;
        var ranking = SearchRanking.Default;
        var parts = new[]
        {
            AcrossFields(F.Words, ElasticsearchAnalysis.WordsQuery, text, ranking.Words),
            AcrossFields(F.Bigrams, ElasticsearchAnalysis.BigramsQuery, text, ranking.AnyBigram),
            AcrossFields(F.Bigrams, ElasticsearchAnalysis.BigramsQuery, text, ranking.AllBigrams, Operator.And),
        };
        return identifiers.Concat(parts.Where(part => part is not null).Select(part => (Query)part!));
    }

    /// <summary>A code matches every document of the standard; the standard's own document scores it in full.</summary>
    private static IEnumerable<Query> Identifier(string field, string value, float boost)
    {
        // Parts of boost 0 are left out, as the embedded engine leaves them out.
        if (SearchRanking.Default.CodeOnClauses > 0)
        {
            yield return ElasticsearchQueries.Exactly(new TermQuery(field, value), SearchRanking.Default.CodeOnClauses);
        }

        if (boost - SearchRanking.Default.CodeOnClauses > 0)
        {
            yield return ElasticsearchQueries.Exactly(
                new BoolQuery { Filter = [new TermQuery(field, value), ElasticsearchQueries.IsKind(SearchKind.Standard)] },
                boost - SearchRanking.Default.CodeOnClauses);
        }
    }

    /// <summary>
    /// The text matched in every text field, each weighted: the best field plus <see cref="SearchRanking.FieldTieBreaker"/>
    /// of the others (<c>dis_max</c>, what <c>multi_match</c> <c>best_fields</c> builds); null when its boost is 0.
    /// </summary>
    private static DisMaxQuery? AcrossFields(Func<string, string> analysis, string analyzer, string text, float boost,
        Operator? all = null)
    {
        var fields = TextFields
            .Where(field => field.Weight > 0)
            .Select(field => (Query)new MatchQuery(analysis(field.Field), text)
            {
                Boost = field.Weight,
                Operator = all,
                Analyzer = analyzer,
                // A synonym of several tokens matches as its tokens, not as a phrase, as in the embedded engine.
                AutoGenerateSynonymsPhraseQuery = false,
            })
            .ToList();
        return boost > 0 && fields.Count > 0
            ? new DisMaxQuery { Queries = fields, TieBreaker = SearchRanking.Default.FieldTieBreaker, Boost = boost * LuceneBm25Scale }
            : null;
    }

    private static IEnumerable<Query> Filter(Request request)
    {
        foreach (var visible in ElasticsearchQueries.VisibleOn(request.AsOf))
        {
            yield return visible;
        }

        if (request.Kinds is { Count: > 0 } kinds)
        {
            yield return ElasticsearchQueries.Terms(F.Kind, kinds.Select(ElasticsearchTerms.Kind));
        }

        if (request.StandardIds is { } standardIds)
        {
            yield return ElasticsearchQueries.Terms(F.StandardId, standardIds);
        }
    }
}
