using Elastic.Clients.Elasticsearch.QueryDsl;
using EsSearchRequest = Elastic.Clients.Elasticsearch.SearchRequest;
using F = Rugao.Graph.Search.Elasticsearch.ElasticsearchFields;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Standard documents whose title, or compact code, starts with what was typed; a code match ranks first.</summary>
internal static class ElasticsearchSuggestQuery
{
    private const float CodeBoost = 2;

    /// <summary>The request to send, or null when the prefix has nothing to complete.</summary>
    public static EsSearchRequest? Create(string prefix, int limit, string index)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var title = QueryText.Normalize(prefix);
        var code = new string(title.Where(char.IsAsciiLetterOrDigit).ToArray());
        if (!title.Any(char.IsLetterOrDigit) || limit <= 0)
        {
            return null;
        }

        var should = new List<Query> { new PrefixQuery(F.Title + "." + F.Keyword, title) };
        if (code.Length > 0)
        {
            should.Add(new PrefixQuery(F.CompactCode, code) { Boost = CodeBoost });
        }

        return new EsSearchRequest(index)
        {
            Query = new BoolQuery
            {
                Should = should,
                MinimumShouldMatch = 1,
                Filter = [new TermQuery(F.Kind, nameof(SearchKind.Standard))],
            },
            Size = limit,
            Sort = ElasticsearchQueries.ByScoreThenId(),
        };
    }
}
