using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using Request = Rugao.Graph.Search.SearchRequest;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The search index in an Elasticsearch cluster, for deployments with several API nodes. Same query semantics as the
/// embedded engine (see <see cref="Request"/>); reads and writes go through the alias <c>&lt;prefix&gt;</c>, and a
/// rebuild fills a fresh index behind it and swaps the alias at once. Any failure to reach or understand the cluster
/// is a <see cref="SearchUnavailableException"/>.
/// </summary>
public sealed partial class ElasticsearchSearchEngine : ISearchEngine
{
    private readonly ElasticsearchClient client;
    private readonly ElasticsearchIndexNames names;
    private readonly int bulkSize;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<ElasticsearchSearchEngine> logger;

    public ElasticsearchSearchEngine(
        ElasticsearchClient client, ElasticsearchOptions options, TimeProvider timeProvider, ILogger<ElasticsearchSearchEngine> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BulkSize, 1);
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        names = new ElasticsearchIndexNames(options.IndexPrefix);
        bulkSize = options.BulkSize;
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        var response = await ElasticsearchCall.SendAsync(
            $"check the alias {names.Alias}",
            token => client.Indices.ExistsAliasAsync(new ExistsAliasRequest(names.Alias), token),
            cancellationToken,
            ElasticsearchCall.IsNotFound);
        return response.Exists;
    }

    public async Task<SearchMatches> SearchAsync(Request request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Limit);
        var search = ElasticsearchSearchQuery.Create(request, names.Alias);
        if (search is null)
        {
            return new SearchMatches([], 0, new Dictionary<int, int>());
        }

        var response = await ElasticsearchCall.SendAsync(
            "search", token => client.SearchAsync<ElasticsearchDocument>(search, token), cancellationToken);
        return ElasticsearchCall.Read("search", () => ElasticsearchSearchResults.ToMatches(response));
    }

    public async Task<IReadOnlyList<SearchDocument>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        var search = ElasticsearchSuggestQuery.Create(prefix, limit, names.Alias);
        if (search is null)
        {
            return [];
        }

        var response = await ElasticsearchCall.SendAsync(
            "suggest", token => client.SearchAsync<ElasticsearchDocument>(search, token), cancellationToken);
        return ElasticsearchCall.Read("suggest", () => ElasticsearchSearchResults.ToDocuments(response));
    }
}
