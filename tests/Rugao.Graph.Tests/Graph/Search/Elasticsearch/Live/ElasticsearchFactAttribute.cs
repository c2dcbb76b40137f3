namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>A fact that needs a real cluster; without <c>ELASTICSEARCH_URL</c> it is reported as skipped, with how to run it.</summary>
public sealed class ElasticsearchFactAttribute : FactAttribute
{
    public ElasticsearchFactAttribute()
    {
        if (LiveElasticsearch.Url is null)
        {
            Skip = LiveElasticsearch.SkipReason;
        }
    }
}
