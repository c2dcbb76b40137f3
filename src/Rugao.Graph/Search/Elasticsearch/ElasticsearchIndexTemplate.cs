using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The index template every <c>&lt;prefix&gt;-&lt;timestamp&gt;</c> index is created from: analysis settings and the mapping. Put
/// again before each rebuild, so the new index gets the analyzers the cluster has now.
/// </summary>
internal static class ElasticsearchIndexTemplate
{
    public static PutIndexTemplateRequest Create(ElasticsearchIndexNames names, string wordsAnalyzer) =>
        new(names.Template)
        {
            IndexPatterns = names.Pattern,
            Meta = new Dictionary<string, object> { ["wordsAnalyzer"] = wordsAnalyzer },
            Template = new IndexTemplateMapping
            {
                // One shard: the corpus is small, and BM25 statistics of one shard rank exactly like the embedded engine.
                Settings = new IndexSettings { NumberOfShards = 1, Analysis = Analysis() },
                Mappings = ElasticsearchMapping.Create(wordsAnalyzer),
            },
        };

    private static IndexSettingsAnalysis Analysis() => new()
    {
        Analyzers = new Analyzers
        {
            {
                ElasticsearchAnalysis.Bigrams,
                new CustomAnalyzer { Tokenizer = "standard", Filter = ["cjk_width", "lowercase", "cjk_bigram"] }
            },
        },
    };
}
