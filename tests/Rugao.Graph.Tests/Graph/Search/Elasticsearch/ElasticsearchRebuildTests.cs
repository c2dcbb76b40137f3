using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchRebuildTests
{
    private const string NewIndex = "rugao-20261129020208123";
    private const string OldIndex = "rugao-20250301080000000";

    [Fact]
    public async Task Rebuild_FillsNewIndexThenSwapsAliasThenDeletesOld_InThatOrder()
    {
        var cluster = FakeElasticsearch.Healthy();

        await RebuildAsync(cluster);

        Assert.Equal(
        [
            "GET /_nodes/plugins",
            "PUT /_index_template/rugao",
            $"PUT /{NewIndex}",
            $"POST /{NewIndex}/_bulk",
            $"POST /{NewIndex}/_refresh",
            "GET /_alias/rugao",
            "POST /_aliases",
            $"DELETE /{OldIndex}",
        ], cluster.Requests.Select(request => $"{request.Method} {request.Path}"));
    }

    [Fact]
    public async Task Rebuild_AliasSwap_RemovesOldAndAddsNewInOneAliasesCall()
    {
        var cluster = FakeElasticsearch.Healthy();

        await RebuildAsync(cluster);

        var swap = cluster.Only("POST", "/_aliases");
        var actions = swap.Json["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.Equal(OldIndex, actions[0]!["remove"]!["index"]!.GetValue<string>());
        Assert.Equal(NewIndex, actions[1]!["add"]!["index"]!.GetValue<string>());
        Assert.All(actions, action => Assert.Equal("rugao", action!.AsObject().Single().Value!["alias"]!.GetValue<string>()));
        Snapshot.Match(swap.PrettyBody);
    }

    [Fact]
    public async Task Rebuild_FirstTimeWithoutAlias_OnlyAddsAndDeletesNothing()
    {
        var cluster = FakeElasticsearch.Healthy().On("GET", "/_alias/rugao", 404, "alias-missing.json");

        await RebuildAsync(cluster);

        var action = Assert.Single(cluster.Only("POST", "/_aliases").Json["actions"]!.AsArray());
        Assert.Equal(NewIndex, action!["add"]!["index"]!.GetValue<string>());
        Assert.DoesNotContain(cluster.Requests, request => request.Method == "DELETE");
    }

    [Fact]
    public async Task Rebuild_Bulk_IndexesEveryDocumentUnderItsIdWithWholeSource()
    {
        var cluster = FakeElasticsearch.Healthy();

        await RebuildAsync(cluster);

        var bulk = cluster.Only("POST", $"/{NewIndex}/_bulk");
        var lines = bulk.Lines;
        Assert.Equal(ElasticsearchTestDocuments.All.Select(d => d.Id), lines.Where((_, i) => i % 2 == 0).Select(l => l!["index"]!["_id"]!.GetValue<string>()));
        Assert.Equal(ElasticsearchTestDocuments.All.Select(d => d.Id), lines.Where((_, i) => i % 2 == 1).Select(l => l!["id"]!.GetValue<string>()));
        Assert.False(bulk.HasQueryParameter("require_alias", "true"));
        Snapshot.Match(bulk.NdjsonBody);
    }

    [Fact]
    public async Task Rebuild_ManyDocuments_SendsBulksOfBulkSize()
    {
        var cluster = FakeElasticsearch.Healthy();
        var documents = Enumerable.Range(1, 5).Select(i => ElasticsearchTestDocuments.Clause2023 with { Id = $"clause:{i}" });

        await cluster.Engine(new ElasticsearchOptions { BulkSize = 2 })
            .RebuildAsync(ElasticsearchTestDocuments.Stream(documents), CancellationToken.None);

        var bulks = cluster.Requests.Where(r => r.Path == $"/{NewIndex}/_bulk").ToList();
        Assert.Equal([4, 4, 2], bulks.Select(b => b.Lines.Count));
    }

    [Fact]
    public async Task Rebuild_BulkRefused_DeletesNewIndexAndLeavesAliasAlone()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao-[0-9]{17}/_bulk", 200, "bulk-item-errors.json");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() => RebuildAsync(cluster));

        Assert.Contains("refused 2 of 3 documents", failure.Message, StringComparison.Ordinal);
        Assert.Contains("clause:118: document_parsing_exception", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Requests, request => request.Path == "/_aliases");
        Assert.Equal($"/{NewIndex}", Assert.Single(cluster.Requests, request => request.Method == "DELETE").Path);
    }

    private static Task RebuildAsync(FakeElasticsearch cluster) =>
        cluster.Engine().RebuildAsync(ElasticsearchTestDocuments.Stream(ElasticsearchTestDocuments.All), CancellationToken.None);
}
