using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Which analyzer each field gets: words for <c>*.words</c>, bigrams for <c>*.bigrams</c>, keywords otherwise.</summary>
internal static class LuceneAnalysis
{
    public static readonly string[] TextFields = [LuceneFields.Title, LuceneFields.Heading, LuceneFields.Text, LuceneFields.Ancestors];

    /// <summary>
    /// SmartCn, the analysis of Elasticsearch's official <c>analysis-smartcn</c> plugin, remembered per sentence
    /// (<see cref="SentenceCachingAnalyzer"/>): the same tokens, segmented once per distinct sentence.
    /// </summary>
    public static Analyzer SmartCnWords() => new SentenceCachingAnalyzer(new SmartChineseAnalyzer(LuceneVersion.LUCENE_48));

    public static Analyzer PerField(Analyzer words) => PerField(words, new CjkBigramAnalyzer());

    public static Analyzer ForQueries(Analyzer words, SearchVocabulary vocabulary)
    {
        var bigrams = new CjkBigramAnalyzer();
        return new QueryAnalyzer(PerField(words, bigrams), words, bigrams, vocabulary);
    }

    private static PerFieldAnalyzerWrapper PerField(Analyzer words, Analyzer bigrams)
    {
        var fields = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var field in TextFields)
        {
            fields[LuceneFields.Words(field)] = words;
            fields[LuceneFields.Bigrams(field)] = bigrams;
        }

        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
    }
}
