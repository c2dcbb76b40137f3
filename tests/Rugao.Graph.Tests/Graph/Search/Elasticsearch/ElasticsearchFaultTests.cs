using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchFaultTests
{
    public static TheoryData<string> Operations => ["ready", "search", "suggest", "replace", "rebuild"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AnyOperation_ConnectionRefused_SearchUnavailableNamingTheCluster(string operation)
    {
        // A real socket: a loopback port that was free a moment ago refuses the connection.
        var options = new ElasticsearchOptions { Url = new Uri($"http://127.0.0.1:{ClosedPort()}") };
        var engine = new ElasticsearchSearchEngine(
            ElasticsearchClientFactory.Create(options), options, new FakeTimeProvider(), NullLogger<ElasticsearchSearchEngine>.Instance);

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(engine, operation));

        Assert.Contains($"no answer from {options.Url.GetLeftPart(UriPartial.Authority)}", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task AnyOperation_ServiceUnavailable_SearchUnavailable(string operation)
    {
        var cluster = new FakeElasticsearch()
            .On("(GET|HEAD|POST|PUT|DELETE)", "/.*", 503, "search-unavailable-503.json");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(cluster.Engine(), operation));

        Assert.Contains("HTTP 503", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ServiceUnavailable_MessageGivesTheClustersReason()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 503, "search-unavailable-503.json");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(cluster.Engine(), "search"));

        Assert.Equal("Elasticsearch could not search: HTTP 503 search_phase_execution_exception: all shards failed.", failure.Message);
    }

    [Fact]
    public async Task Search_ProxyAnswersHtml_SearchUnavailable()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 502, "bad-gateway.html");

        var failure = await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(cluster.Engine(), "search"));

        Assert.Contains("HTTP 502", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BodyCutShort_SearchUnavailable()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "search-truncated.json");

        await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(cluster.Engine(), "search"));
    }

    [Fact]
    public async Task Search_ClusterTooSlow_SearchUnavailableAfterTheRequestTimeout()
    {
        var cluster = FakeElasticsearch.Healthy();
        cluster.Delay = TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            RunAsync(cluster.Engine(new ElasticsearchOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) }), "search"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task Search_CallerCancels_CancellationNotUnavailability()
    {
        var cluster = FakeElasticsearch.Healthy();
        cluster.Delay = TimeSpan.FromSeconds(5);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            cluster.Engine().SearchAsync(Request, cancellation.Token));
    }

    [Fact]
    public async Task Rebuild_PluginListingFails_NothingCreated()
    {
        var cluster = FakeElasticsearch.Healthy().On("GET", "/_nodes/plugins", 503, "search-unavailable-503.json");

        await Assert.ThrowsAsync<SearchUnavailableException>(() => RunAsync(cluster.Engine(), "rebuild"));

        Assert.Single(cluster.Requests);
    }

    [Fact]
    public async Task IsReady_AliasExists_True()
    {
        Assert.True(await FakeElasticsearch.Healthy().Engine().IsReadyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IsReady_AliasMissing_False()
    {
        var cluster = FakeElasticsearch.Healthy().On("HEAD", "/_alias/rugao", 404, "alias-missing.json");

        Assert.False(await cluster.Engine().IsReadyAsync(CancellationToken.None));
    }

    private static readonly SearchRequest Request = new(
        QueryText.Parse("书屋"), null, new DateOnly(2024, 1, 1), null, null, 0, 10);

    private static Task RunAsync(ElasticsearchSearchEngine engine, string operation) => operation switch
    {
        "ready" => engine.IsReadyAsync(CancellationToken.None),
        "search" => engine.SearchAsync(Request, CancellationToken.None),
        "suggest" => engine.SuggestAsync("农家书", 5, CancellationToken.None),
        "replace" => engine.ReplaceStandardsAsync([5], ElasticsearchTestDocuments.All, CancellationToken.None),
        "rebuild" => engine.RebuildAsync(ElasticsearchTestDocuments.Stream(ElasticsearchTestDocuments.All), CancellationToken.None),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
