using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>
/// The seed corpus from a seeded temporary SQLite file, indexed in the cluster under a prefix of this run's own;
/// its indices and template are deleted afterwards. Without a cluster it does nothing (its tests are skipped).
/// </summary>
public sealed class LiveSearchIndex : IAsyncLifetime
{
    private readonly List<string> prefixes = [];
    private ElasticsearchOptions? options;

    public SeededDatabase Database { get; } = new();

    public ElasticsearchClient Client { get; private set; } = null!;

    public ISearchEngine Engine { get; private set; } = null!;

    public SearchDocumentSource Documents => new(Database);

    /// <summary>The documents the index is rebuilt from, for the shared behaviour suite (empty without a cluster).</summary>
    public SeedSearchDocuments Seed { get; } = new();

    public string Alias => options!.IndexPrefix;

    public async Task InitializeAsync()
    {
        if (LiveElasticsearch.Url is null)
        {
            return;
        }

        options = LiveElasticsearch.Options();
        await Database.InitializeAsync();
        await Seed.LoadAsync(Database);
        Client = ElasticsearchClientFactory.Create(options);
        Engine = CreateEngine(options);
        await Engine.RebuildAsync(Documents.AllAsync(CancellationToken.None), CancellationToken.None);
    }

    /// <summary>An engine on an index prefix of its own, not built yet; deleted with the rest afterwards.</summary>
    public ISearchEngine CreateEngine() => CreateEngine(LiveElasticsearch.Options());

    private ElasticsearchSearchEngine CreateEngine(ElasticsearchOptions engineOptions)
    {
        prefixes.Add(engineOptions.IndexPrefix);
        return new ElasticsearchSearchEngine(Client, engineOptions, TimeProvider.System, NullLogger<ElasticsearchSearchEngine>.Instance);
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
        if (options is null)
        {
            return;
        }

        foreach (var prefix in prefixes)
        {
            // Clusters refuse wildcard deletes by default (action.destructive_requires_name), so name each index.
            var indices = (await Client.Indices.ResolveIndexAsync($"{prefix}-*")).Indices?.Select(i => i.Name).ToArray() ?? [];
            if (indices.Length > 0)
            {
                await Client.Indices.DeleteAsync(new DeleteIndexRequest(indices));
            }

            await Client.Indices.DeleteIndexTemplateAsync(new DeleteIndexTemplateRequest(prefix));
        }

        await Database.DisposeAsync();
    }
}
