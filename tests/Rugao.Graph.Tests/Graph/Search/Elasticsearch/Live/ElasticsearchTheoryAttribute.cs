namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>A theory that needs a real cluster; without <c>ELASTICSEARCH_URL</c> it is reported as skipped, with how to run it.</summary>
public sealed class ElasticsearchTheoryAttribute : TheoryAttribute
{
    public ElasticsearchTheoryAttribute()
    {
        if (LiveElasticsearch.Url is null)
        {
            Skip = LiveElasticsearch.SkipReason;
        }
    }
}
