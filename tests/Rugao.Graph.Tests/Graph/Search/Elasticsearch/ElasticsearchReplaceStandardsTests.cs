using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchReplaceStandardsTests
{
    [Fact]
    public async Task Replace_IndexesThroughAliasThenDeletesTheRestAndRefreshesOnce()
    {
        var cluster = FakeElasticsearch.Healthy();

        await cluster.Engine().ReplaceStandardsAsync([5], ElasticsearchTestDocuments.All, CancellationToken.None);

        Assert.Equal(["POST /rugao/_bulk", "POST /rugao/_delete_by_query"], cluster.Requests.Select(r => $"{r.Method} {r.Path}"));
        var bulk = cluster.Requests[0];
        Assert.True(bulk.HasQueryParameter("require_alias", "true"));
        Assert.False(bulk.HasQueryParameter("refresh", "true"));
        var delete = cluster.Requests[1];
        Assert.True(delete.HasQueryParameter("refresh", "true"));
        Assert.True(delete.HasQueryParameter("conflicts", "proceed"));
        var query = delete.Json["query"]!["bool"]!;
        Assert.Equal([5], query["filter"]!["terms"]!["standardId"]!.AsArray().Select(id => id!.GetValue<int>()));
        Assert.Equal(ElasticsearchTestDocuments.All.Select(d => d.Id), query["must_not"]!["ids"]!["values"]!.AsArray().Select(id => id!.GetValue<string>()));
    }

    [Fact]
    public async Task Replace_StandardGone_OnlyDeletesItsDocuments()
    {
        var cluster = FakeElasticsearch.Healthy();

        await cluster.Engine().ReplaceStandardsAsync([5, 17], [], CancellationToken.None);

        var delete = Assert.Single(cluster.Requests);
        Assert.Equal("/rugao/_delete_by_query", delete.Path);
        Assert.Null(delete.Json["query"]!["bool"]!["must_not"]);
        Assert.Equal([5, 17], delete.Json["query"]!["bool"]!["filter"]!["terms"]!["standardId"]!.AsArray().Select(id => id!.GetValue<int>()));
    }

    [Fact]
    public async Task Replace_ManyDocuments_SplitIntoBulksOfBulkSize()
    {
        var cluster = FakeElasticsearch.Healthy();
        var documents = Enumerable.Range(1, 3).Select(i => ElasticsearchTestDocuments.Clause2023 with { Id = $"clause:{i}" }).ToList();

        await cluster.Engine(new ElasticsearchOptions { BulkSize = 2 }).ReplaceStandardsAsync([5], documents, CancellationToken.None);

        Assert.Equal([4, 2], cluster.Requests.Where(r => r.Path == "/rugao/_bulk").Select(r => r.Lines.Count));
    }

    [Fact]
    public async Task Replace_ItemErrors_UnavailableNamingTheDocumentsAndNothingDeleted()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_bulk", 200, "bulk-item-errors.json");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            cluster.Engine().ReplaceStandardsAsync([5], ElasticsearchTestDocuments.All, CancellationToken.None));

        Assert.Contains("refused 2 of 3 documents", failure.Message, StringComparison.Ordinal);
        Assert.Contains("clause:161: es_rejected_execution_exception", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(cluster.Requests, r => r.Path.EndsWith("_delete_by_query", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replace_AliasMissing_UnavailableRatherThanAnIndexWithAGuessedMapping()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_bulk", 404, "index-not-found.json");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            cluster.Engine().ReplaceStandardsAsync([5], ElasticsearchTestDocuments.All, CancellationToken.None));

        Assert.Contains("index_not_found_exception", failure.Message, StringComparison.Ordinal);
    }
}
