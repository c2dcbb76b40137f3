using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;

namespace Rugao.Graph.Tests.Graph.Search.Relevance.Jieba;

/// <summary>
/// jieba.NET 0.42.2 with this folder's user dictionary, as the candidate to SmartCn for the word fields. Its
/// dictionaries are the package's own files, copied beside the tests (no network).
/// </summary>
internal sealed class JiebaWordsAnalyzer : Analyzer
{
    private static readonly Lock Loading = new();
    private static bool loaded;

    private readonly TokenizerMode mode;

    public JiebaWordsAnalyzer(TokenizerMode mode)
    {
        this.mode = mode;
        LoadDictionaries();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new JiebaTokenizer(reader, new JiebaSegmenter(), mode);
        return new TokenStreamComponents(source, new CJKWidthFilter(source));
    }

    // The dictionaries are process-wide in jieba.NET: the folder is set and the user words added once.
    private static void LoadDictionaries()
    {
        lock (Loading)
        {
            if (!loaded)
            {
                ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
                new JiebaSegmenter().LoadUserDict(TestSupport.RepositoryRoot.Combine(
                    "tests", "Rugao.Graph.Tests", "Graph", "Search", "Relevance", "Jieba", "user-dict.txt"));
                loaded = true;
            }
        }
    }
}
