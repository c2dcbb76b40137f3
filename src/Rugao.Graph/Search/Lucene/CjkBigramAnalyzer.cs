using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Overlapping pairs of Han characters (a lone one stays a unigram), Latin and digit runs whole: the same chain as an
/// Elasticsearch custom analyzer of <c>standard</c> + <c>cjk_width</c> + <c>lowercase</c> + <c>cjk_bigram</c>.
/// It matches a two-character query such as 办园 wherever the word segmenter cut 幼儿园办园 differently.
/// </summary>
public sealed class CjkBigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(LuceneVersion.LUCENE_48, result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
