using System.Globalization;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.QueryDsl;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Query pieces shared by search, suggestions and replacement.</summary>
internal static class ElasticsearchQueries
{
    public static Query Terms(string field, IEnumerable<FieldValue> values) =>
        new TermsQuery(field, new TermsQueryField(values.ToArray()));

    public static Query Terms(string field, IEnumerable<int> values) =>
        Terms(field, values.Distinct().Order().Select(value => FieldValue.Long(value)));

    public static Query Terms(string field, IEnumerable<string> values) =>
        Terms(field, values.Distinct().Select(FieldValue.String));

    public static Query IsKind(SearchKind kind) => new TermQuery(F.Kind, ElasticsearchTerms.Kind(kind));

    /// <summary>Scores <paramref name="boost"/> where it matches, whatever the term statistics.</summary>
    public static Query Exactly(Query filter, float boost) => new ConstantScoreQuery(filter) { Boost = boost };

    /// <summary>Visible on the day: <c>visibleFrom ≤ day</c> and <c>visibleTo</c> missing (open-ended) or <c>≥ day</c>.</summary>
    public static IEnumerable<Query> VisibleOn(DateOnly day)
    {
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return new DateRangeQuery(F.VisibleFrom) { Lte = date };
        yield return new BoolQuery
        {
            Should =
            [
                new DateRangeQuery(F.VisibleTo) { Gte = date },
                new BoolQuery { MustNot = [new ExistsQuery(F.VisibleTo)] },
            ],
            MinimumShouldMatch = 1,
        };
    }

    public static SortOptions[] ByScoreThen(string field) =>
    [
        new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } },
        new FieldSort(field) { Order = SortOrder.Asc },
    ];
}
