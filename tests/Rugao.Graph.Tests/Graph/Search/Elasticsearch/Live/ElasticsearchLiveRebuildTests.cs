using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>What only the Elasticsearch engine does: the zero-downtime rebuild behind an alias, on a real cluster.</summary>
public sealed class ElasticsearchLiveRebuildTests(LiveSearchIndex index) : IClassFixture<LiveSearchIndex>
{
    [ElasticsearchFact]
    public async Task Rebuild_SwapsTheAliasToAFreshIndexAndDropsTheOldOne()
    {
        var query = new SearchRequest(QueryText.Parse("服务"), null, new DateOnly(2026, 11, 1), null, null, 0, 10);
        var before = Assert.Single(await index.IndicesBehindAliasAsync());
        var countBefore = (await index.Engine.SearchAsync(query, CancellationToken.None)).TotalCount;

        await index.Engine.RebuildAsync(index.Documents.AllAsync(CancellationToken.None), CancellationToken.None);

        var after = Assert.Single(await index.IndicesBehindAliasAsync());
        Assert.NotEqual(before, after);
        Assert.StartsWith($"{index.Alias}-", after, StringComparison.Ordinal);
        Assert.False(await index.IndexExistsAsync(before));
        Assert.True(await index.Engine.IsReadyAsync(CancellationToken.None));
        Assert.Equal(countBefore, (await index.Engine.SearchAsync(query, CancellationToken.None)).TotalCount);
    }
}
