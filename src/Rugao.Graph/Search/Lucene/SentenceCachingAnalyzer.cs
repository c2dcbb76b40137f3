using Lucene.Net.Analysis;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// SmartCn with its output remembered per sentence. SmartCn cuts text into ICU sentences and segments each one on
/// its own (<c>HMMChineseTokenizer</c>), and every filter after it works token by token, so a sentence seen before —
/// standards repeat the same sentences across clauses and standards — can be replayed instead of segmented again,
/// with identical terms, positions and offsets (a test compares the streams). Safe to share across threads.
/// </summary>
internal sealed class SentenceCachingAnalyzer(Analyzer sentenceAnalyzer, int capacity = 200_000) : Analyzer
{
    private readonly SentenceTokenCache cache = new(sentenceAnalyzer, capacity);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SentenceCachingTokenizer(reader, cache));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            sentenceAnalyzer.Dispose();
        }

        base.Dispose(disposing);
    }
}
