using Elastic.Clients.Elasticsearch.QueryDsl;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Completions for a search box: standards whose code or title starts with what was typed, code matches first.</summary>
internal static class ElasticsearchSuggestQuery
{
    private const float CodeBoost = 2f;

    /// <summary>The request to send, or null when there is nothing to complete.</summary>
    public static EsSearchRequest? Create(string prefix, int limit, string index)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var title = QueryText.Normalize(prefix);
        if (title.Length == 0 || limit <= 0)
        {
            return null;
        }

        var should = new List<Query> { new PrefixQuery(F.TitleKey, title) };
        var code = ElasticsearchTerms.Code(prefix);
        if (code.Length > 0)
        {
            should.Add(new PrefixQuery(F.Code, code) { Boost = CodeBoost });
        }

        return new EsSearchRequest(index)
        {
            Query = new BoolQuery
            {
                Should = should,
                MinimumShouldMatch = 1,
                Filter = [ElasticsearchQueries.IsKind(SearchKind.Standard)],
            },
            Size = limit,
            Sort = ElasticsearchQueries.ByScoreThen(F.Code),
        };
    }
}
