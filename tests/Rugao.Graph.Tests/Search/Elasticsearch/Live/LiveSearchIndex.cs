using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;
using Rugao.Graph.Tests.Statistics;

namespace Rugao.Graph.Tests.Search.Elasticsearch.Live;

/// <summary>
/// The seed corpus from a seeded temporary SQLite file, indexed in the cluster under a prefix of this run's own;
/// its indices and template are deleted afterwards. Without a cluster it does nothing (its tests are skipped).
/// </summary>
public sealed class LiveSearchIndex : IAsyncLifetime
{
    private ElasticsearchOptions? options;

    public SeededDatabase Database { get; } = new();

    public ElasticsearchClient Client { get; private set; } = null!;

    public ISearchEngine Engine { get; private set; } = null!;

    public SearchDocumentSource Documents => new(Database);

    public string Alias => options!.IndexPrefix;

    public async Task InitializeAsync()
    {
        if (LiveElasticsearch.Url is null)
        {
            return;
        }

        options = LiveElasticsearch.Options();
        await Database.InitializeAsync();
        Client = ElasticsearchClientFactory.Create(options);
        Engine = new ElasticsearchSearchEngine(Client, options, TimeProvider.System, NullLogger<ElasticsearchSearchEngine>.Instance);
        await Engine.RebuildAsync(Documents.AllAsync(CancellationToken.None), CancellationToken.None);
    }

    public async Task<int> StandardIdAsync(string compactKey)
    {
        await using var db = Database.CreateDbContext();
        return await db.Standards.Where(s => s.CompactKey == compactKey).Select(s => s.Id).SingleAsync();
    }

    /// <summary>The concrete indices the alias points to now.</summary>
    public async Task<IReadOnlyList<string>> IndicesBehindAliasAsync()
    {
        var response = await Client.Indices.GetAliasAsync(new GetAliasRequest(name: Alias));
        return response.IsValidResponse && response.Aliases is { } aliases ? [.. aliases.Keys] : [];
    }

    public async Task<bool> IndexExistsAsync(string index) =>
        (await Client.Indices.ExistsAsync(new Elastic.Clients.Elasticsearch.IndexManagement.ExistsRequest(index))).Exists;

    public async Task DisposeAsync()
    {
        if (options is not null)
        {
            await Client.Indices.DeleteAsync(new DeleteIndexRequest($"{options.IndexPrefix}-*"));
            await Client.Indices.DeleteIndexTemplateAsync(new DeleteIndexTemplateRequest(options.IndexPrefix));
            await Database.DisposeAsync();
        }
    }
}
