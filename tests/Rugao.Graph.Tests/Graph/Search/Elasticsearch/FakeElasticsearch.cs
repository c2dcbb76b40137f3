using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

/// <summary>
/// Stands in for a cluster behind the official client's real HTTP pipeline: records every request and answers from
/// a route table with bodies written from the Elasticsearch docs (<c>Responses/</c>). A request no route expects gets
/// the 404 Elasticsearch gives for a missing index, so a test sees it rather than a made-up success.
/// </summary>
public sealed class FakeElasticsearch : HttpMessageHandler
{
    private readonly List<Route> routes = [];
    private readonly List<RecordedRequest> requests = [];

    /// <summary>How long the cluster takes to answer, to let the client's request timeout run out.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    /// <summary>Answers requests whose method and path match these regular expressions (anchored); the last route added wins.</summary>
    public FakeElasticsearch On(string method, string path, int status, string responseFile)
    {
        routes.Add(new Route(new Regex($"^{method}$"), new Regex($"^{path}$"), status, responseFile));
        return this;
    }

    public RecordedRequest Only(string method, string path) =>
        Assert.Single(Requests, request => request.Method == method && Regex.IsMatch(request.Path, $"^{path}$"));

    /// <summary>
    /// A cluster that does what is asked: plugins from <paramref name="nodesFile"/>, an alias on an index made by an
    /// earlier rebuild, searches answered with two hits of three.
    /// </summary>
    public static FakeElasticsearch Healthy(string nodesFile = "nodes-plugins-smartcn.json") => new FakeElasticsearch()
        .On("GET", "/_nodes/plugins", 200, nodesFile)
        .On("PUT", "/_index_template/rugao", 200, "acknowledged.json")
        .On("PUT", "/rugao-[0-9]{17}", 200, "create-index.json")
        .On("POST", "/rugao(-[0-9]{17})?/_bulk", 200, "bulk-created.json")
        .On("POST", "/rugao(-[0-9]{17})?/_refresh", 200, "refresh.json")
        .On("GET", "/_alias/rugao", 200, "get-alias.json")
        .On("HEAD", "/_alias/rugao", 200, "acknowledged.json")
        .On("POST", "/_aliases", 200, "acknowledged.json")
        .On("DELETE", "/rugao-[0-9]{17}(,rugao-[0-9]{17})*", 200, "acknowledged.json")
        .On("POST", "/rugao/_search", 200, "search-hits.json")
        .On("POST", "/rugao/_delete_by_query", 200, "delete-by-query.json");

    public static readonly DateTimeOffset Now = new(2026, 11, 29, 2, 2, 8, 123, TimeSpan.Zero);

    public ElasticsearchClient Client(ElasticsearchOptions? options = null) =>
        ElasticsearchClientFactory.Create(options ?? new ElasticsearchOptions(), new HttpRequestInvoker((_, _) => this));

    /// <summary>The engine on this fake, its clock at <see cref="Now"/>.</summary>
    public ElasticsearchSearchEngine Engine(ElasticsearchOptions? options = null)
    {
        options ??= new ElasticsearchOptions();
        return new ElasticsearchSearchEngine(
            Client(options), options, new FakeTimeProvider(Now), NullLogger<ElasticsearchSearchEngine>.Instance);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await Task.Delay(Delay, cancellationToken);
        var uri = request.RequestUri!;
        var body = request.Content is null ? null : await ReadBodyAsync(request.Content, cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, Uri.UnescapeDataString(uri.AbsolutePath), uri.Query, body);
        lock (requests)
        {
            requests.Add(recorded);
        }

        var route = routes.LastOrDefault(r => r.Method.IsMatch(recorded.Method) && r.Path.IsMatch(recorded.Path));
        var (status, content) = route is null
            ? (404, ElasticsearchResponseFiles.Read("index-not-found.json"))
            : (route.Status, ElasticsearchResponseFiles.Read(route.ResponseFile));
        var response = new HttpResponseMessage((HttpStatusCode)status)
        {
            RequestMessage = request,
            Content = new StringContent(
                recorded.Method == "HEAD" ? string.Empty : content,
                Encoding.UTF8,
                route?.ResponseFile.EndsWith(".html", StringComparison.Ordinal) == true ? "text/html" : "application/json"),
        };
        response.Headers.Add("X-elastic-product", "Elasticsearch");
        return response;
    }

    /// <summary>The client gzips request bodies by default; the recording keeps what Elasticsearch would read.</summary>
    private static async Task<string> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var raw = await content.ReadAsStreamAsync(cancellationToken);
        await using var body = content.Headers.ContentEncoding.Contains("gzip") ? new GZipStream(raw, CompressionMode.Decompress) : raw;
        using var reader = new StreamReader(body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private sealed record Route(Regex Method, Regex Path, int Status, string ResponseFile);
}
