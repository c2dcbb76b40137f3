using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>
/// The shared behaviour suite against a real cluster, on the live suite's index of the seed corpus; tests that write
/// get engines on index prefixes of their own, deleted with the rest. Without <c>ELASTICSEARCH_URL</c> every test is
/// reported as skipped.
/// </summary>
public sealed class ElasticsearchSearchEngineBehaviourTests(LiveSearchIndex index)
    : SearchEngineBehaviour(index.Seed), IClassFixture<LiveSearchIndex>
{
    protected override string? SkipReason => LiveElasticsearch.Url is null ? LiveElasticsearch.SkipReason : null;

    protected override ISearchEngine SeededEngine => index.Engine;

    protected override ISearchEngine CreateEngine() => index.CreateEngine();
}
