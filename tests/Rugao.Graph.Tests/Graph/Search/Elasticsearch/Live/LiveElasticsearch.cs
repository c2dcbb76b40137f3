using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>
/// The cluster the live suite runs against, from the environment: <c>ELASTICSEARCH_URL</c> (required), and
/// <c>ELASTICSEARCH_USERNAME</c>/<c>ELASTICSEARCH_PASSWORD</c> or <c>ELASTICSEARCH_API_KEY</c> when it needs them.
/// </summary>
internal static class LiveElasticsearch
{
    public const string UrlVariable = "ELASTICSEARCH_URL";

    public static readonly string SkipReason =
        $"{UrlVariable} is not set: the Elasticsearch live suite runs against a real cluster, e.g. {UrlVariable}=http://localhost:9200 dotnet test --filter FullyQualifiedName~Search.Elasticsearch.Live";

    public static Uri? Url { get; } =
        Uri.TryCreate(Environment.GetEnvironmentVariable(UrlVariable), UriKind.Absolute, out var url) ? url : null;

    /// <summary>Options for a run of its own: a prefix no other run or deployment uses (and whose pattern overlaps none).</summary>
    public static ElasticsearchOptions Options() => new()
    {
        Url = Url ?? throw new InvalidOperationException(SkipReason),
        IndexPrefix = $"rugaotest{Guid.NewGuid():N}"[..17],
        Username = Environment.GetEnvironmentVariable("ELASTICSEARCH_USERNAME"),
        Password = Environment.GetEnvironmentVariable("ELASTICSEARCH_PASSWORD"),
        ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
        RequestTimeout = TimeSpan.FromSeconds(30),
    };
}
