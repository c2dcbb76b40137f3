namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>Configuration section <c>Search:Elasticsearch</c>.</summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    public Uri Url { get; set; } = new("http://localhost:9200");

    /// <summary>The alias searched and written; each full rebuild creates the index <c>&lt;prefix&gt;-&lt;timestamp&gt;</c> behind it.</summary>
    public string IndexPrefix { get; set; } = "rugao";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>An API key in its encoded form, as Kibana and <c>_security/api_key</c> give it; used instead of a password.</summary>
    public string? ApiKey { get; set; }

    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Documents per bulk request during a rebuild.</summary>
    public int BulkSize { get; set; } = 1000;
}
