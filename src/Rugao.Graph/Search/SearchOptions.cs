namespace Rugao.Graph.Search;

/// <summary>Configuration section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary><c>Lucene</c> (embedded, the default) or <c>Elasticsearch</c>.</summary>
    public SearchEngineKind Engine { get; set; } = SearchEngineKind.Lucene;

    /// <summary>How often the projector looks for new changes; a change is searchable within about this long.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long to wait before trying again when the engine is unreachable.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);
}

public enum SearchEngineKind
{
    Lucene,
    Elasticsearch,
}
