using System.Text.RegularExpressions;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Rugao.Graph.Clauses;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;
using Request = Rugao.Graph.Search.SearchRequest;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// One <c>_search</c> for a <see cref="Request"/>, with the semantics and boosts of the embedded engine: should-clauses
/// for the code, code numbers, clause numbers, and the text as words and as bigrams over the Chinese fields (scores
/// add up, so <c>most_fields</c>); filters for the day, the kinds and the standards; a <c>terms</c> aggregation on
/// the standard for <see cref="SearchMatches.CountByStandard"/>.
/// </summary>
internal static partial class ElasticsearchSearchQuery
{
    public const string ByStandard = "byStandard";

    /// <summary>More standards than the platform will ever hold, so every count is exact.</summary>
    public const int MaxStandards = 10_000;

    private const float CodeBoost = 10;
    private const float CodeNumberBoost = 5;
    private const float ClauseNumberBoost = 2;

    private static readonly (string Field, double Boost)[] TextFields =
        [(F.Title, 3), (F.ClauseHeading, 2), (F.ClauseText, 1), (F.AncestorHeadings, 0.5)];

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
            Sort = ElasticsearchQueries.ByScoreThenId(),
            TrackTotalHits = true,
            Aggregations = new Dictionary<string, Aggregation>
            {
                [ByStandard] = new TermsAggregation { Field = F.StandardId, Size = MaxStandards },
            },
        };
    }

    private static IEnumerable<Query> Should(Request request)
    {
        if (request.Code is { } code)
        {
            yield return new TermQuery(F.CompactCode, code.CompactKey.ToLowerInvariant()) { Boost = CodeBoost };
        }

        // One term query per token rather than a terms query: terms scores constantly, a term query scores BM25
        // like the embedded engine's TermQuery.
        foreach (var number in request.Text.Terms.Where(term => DottedDigits().IsMatch(term)))
        {
            yield return new TermQuery(F.CodeNumber, number) { Boost = CodeNumberBoost };
        }

        foreach (var clauseNumber in ClauseNumbers(request.Text.Terms))
        {
            yield return new TermQuery(F.ClauseNumber, clauseNumber) { Boost = ClauseNumberBoost };
        }

        if (request.Text.Terms.Count > 0)
        {
            yield return Text(request.Text.Normalized, TextFields.Select(f => new Field(f.Field, f.Boost)));
            yield return Text(request.Text.Normalized, TextFields.Select(f => new Field(F.BigramsOf(f.Field), f.Boost)));
        }
    }

    private static IEnumerable<Query> Filter(Request request)
    {
        foreach (var visible in ElasticsearchQueries.VisibleOn(request.AsOf))
        {
            yield return visible;
        }

        if (request.Kinds is { Count: > 0 } kinds)
        {
            yield return ElasticsearchQueries.Terms(F.Kind, kinds.Select(kind => kind.ToString()));
        }

        if (request.StandardIds is { } standardIds)
        {
            yield return ElasticsearchQueries.Terms(F.StandardId, standardIds);
        }
    }

    private static MultiMatchQuery Text(string text, IEnumerable<Field> fields) => new(text)
    {
        Fields = fields.ToArray(),
        Type = TextQueryType.MostFields,
    };

    /// <summary>Tokens shaped like a clause number (<c>5.2.1</c>, <c>a.1</c>), in the form clause numbers are stored.</summary>
    private static IEnumerable<string> ClauseNumbers(IEnumerable<string> terms) => terms
        .Where(term => term.Any(char.IsAsciiDigit))
        .Select(term => ClauseNumber.TryParse(term.ToUpperInvariant(), out var number, out _) ? number.ToString() : null)
        .OfType<string>()
        .Distinct();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex DottedDigits();
}
