using Elastic.Clients.Elasticsearch;
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
                Settings = new IndexSettings { NumberOfShards = 1, Analysis = Analysis(wordsAnalyzer) },
                Mappings = ElasticsearchMapping.Create(wordsAnalyzer),
            },
        };

    /// <summary>
    /// The bigram analyzer of the index, and the query analyzers both search-time matches name: the index analysis
    /// followed by the synonym groups and, for words, the question words dropped (synonyms first, as in the embedded
    /// engine: a synonym can span a question word).
    /// </summary>
    private static IndexSettingsAnalysis Analysis(string wordsAnalyzer)
    {
        var (wordsTokenizer, wordsFilters) = ElasticsearchAnalysis.WordsChain(wordsAnalyzer);
        return new IndexSettingsAnalysis
        {
            Analyzers = new Analyzers
            {
                {
                    ElasticsearchAnalysis.Bigrams,
                    new CustomAnalyzer { Tokenizer = "standard", Filter = [.. ElasticsearchAnalysis.BigramFilters] }
                },
                {
                    ElasticsearchAnalysis.WordsQuery,
                    new CustomAnalyzer
                    {
                        Tokenizer = wordsTokenizer,
                        Filter = [.. wordsFilters, ElasticsearchAnalysis.Synonyms, ElasticsearchAnalysis.QueryStop],
                    }
                },
                {
                    ElasticsearchAnalysis.BigramsQuery,
                    new CustomAnalyzer
                    {
                        Tokenizer = "standard",
                        Filter = [.. ElasticsearchAnalysis.BigramFilters, ElasticsearchAnalysis.Synonyms],
                    }
                },
            },
            TokenFilters = new TokenFilters
            {
                {
                    ElasticsearchAnalysis.Synonyms,
                    new SynonymGraphTokenFilter { Synonyms = [.. SearchVocabulary.Default.Synonyms], Lenient = true }
                },
                { ElasticsearchAnalysis.QueryStop, Stop(SearchVocabulary.Default.QueryStopWords) },
                { ElasticsearchAnalysis.CjkStop, Stop(ElasticsearchAnalysis.CjkStopWords) },
            },
        };
    }

    private static StopTokenFilter Stop(IEnumerable<string> words) =>
        new() { Stopwords = new Union<StopWordLanguage, ICollection<string>>([.. words]) };
}
