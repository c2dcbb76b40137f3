using Elastic.Clients.Elasticsearch.Nodes;

namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// The analyzers of the index. Words come from <c>smartcn</c> (the analysis-smartcn plugin, the same SmartCn as the
/// embedded engine) when every node has the plugin, and from the built-in <c>cjk</c> analyzer otherwise: an index
/// naming an analyzer that one node lacks cannot be allocated there. Bigrams come from a custom analyzer on every
/// cluster, so a two-character query matches whatever the word segmenter did. Queries are analysed like the index
/// plus <see cref="SearchVocabulary"/> (search-time only, the embedded engine's query analysis): the words with the
/// synonym groups and without the question words, the bigrams with the synonym groups.
/// </summary>
internal static class ElasticsearchAnalysis
{
    public const string SmartcnPlugin = "analysis-smartcn";
    public const string Smartcn = "smartcn";
    public const string Cjk = "cjk";
    public const string Bigrams = "rugao_bigrams";
    public const string WordsQuery = "rugao_words_query";
    public const string BigramsQuery = "rugao_bigrams_query";
    public const string Synonyms = "rugao_synonyms";
    public const string QueryStop = "rugao_query_stop";
    public const string CjkStop = "rugao_cjk_stop";
    public const string SmartcnTokenizer = "smartcn_tokenizer";
    public const string SmartcnStop = "smartcn_stop";

    /// <summary>The filters of the bigram analysis, after the <c>standard</c> tokenizer.</summary>
    public static readonly IReadOnlyList<string> BigramFilters = ["cjk_width", "lowercase", "cjk_bigram"];

    /// <summary>The built-in <c>cjk</c> analyzer's stop words (Lucene's CJKAnalyzer default set).</summary>
    public static readonly IReadOnlyList<string> CjkStopWords =
    [
        "a", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on",
        "or", "s", "such", "t", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will",
        "with", "www",
    ];

    /// <summary>
    /// The tokenizer and filters of the words analyzer rebuilt as a custom one (the built-in <c>smartcn</c> is
    /// <c>smartcn_tokenizer</c> + <c>porter_stem</c> + <c>smartcn_stop</c>, like the embedded SmartCn; <c>cjk</c> is
    /// <c>standard</c> + the bigram filters + its stop words), so the query analyzer can add filters after it.
    /// </summary>
    public static (string Tokenizer, IReadOnlyList<string> Filters) WordsChain(string wordsAnalyzer) =>
        wordsAnalyzer == Smartcn
            ? (SmartcnTokenizer, ["porter_stem", SmartcnStop])
            : ("standard", [.. BigramFilters, CjkStop]);

    public static string WordsAnalyzerFor(NodesInfoResponse nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var all = nodes.Nodes?.Values.ToList() ?? [];
        return all.Count > 0 && all.All(node => node.Plugins?.Any(plugin => plugin.Name == SmartcnPlugin) == true)
            ? Smartcn
            : Cjk;
    }
}
