using Elastic.Clients.Elasticsearch;
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
/// per text field its words, any of its bigrams and all of its bigrams; filters for the day, the kinds and the
/// standards; a <c>terms</c> aggregation on the standard for <see cref="SearchMatches.CountByStandard"/>.
/// </summary>
internal static class ElasticsearchSearchQuery
{
    public const string ByStandard = "byStandard";

    /// <summary>More standards than the platform will ever hold, so every count is exact.</summary>
    public const int MaxStandards = 10_000;

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

            if (ElasticsearchTerms.IsClauseNumber(term))
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
        return identifiers.Concat(TextFields.SelectMany(field => new Query[]
        {
            Match(F.Words(field.Field), text, field.Weight * SearchRanking.Default.Words),
            Match(F.Bigrams(field.Field), text, field.Weight * SearchRanking.Default.AnyBigram),
            Match(F.Bigrams(field.Field), text, field.Weight * SearchRanking.Default.AllBigrams, Operator.And),
        }));
    }

    /// <summary>A code matches every document of the standard; the standard's own document scores it in full.</summary>
    private static IEnumerable<Query> Identifier(string field, string value, float boost)
    {
        yield return ElasticsearchQueries.Exactly(new TermQuery(field, value), SearchRanking.Default.CodeOnClauses);
        yield return ElasticsearchQueries.Exactly(
            new BoolQuery { Filter = [new TermQuery(field, value), ElasticsearchQueries.IsKind(SearchKind.Standard)] },
            boost - SearchRanking.Default.CodeOnClauses);
    }

    private static MatchQuery Match(string field, string text, float boost, Operator? all = null) =>
        new(field, text) { Boost = boost, Operator = all };

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
