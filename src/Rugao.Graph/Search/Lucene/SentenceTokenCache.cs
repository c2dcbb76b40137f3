using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rugao.Graph.Search.Lucene;

/// <summary>The tokens of sentences, analysed at most once each while they stay cached; bounded, safe across threads.</summary>
internal sealed class SentenceTokenCache(Analyzer analyzer, int capacity)
{
    private readonly ConcurrentDictionary<string, SentenceTokens> cache = new(StringComparer.Ordinal);
    private int count;

    public SentenceTokens Get(string sentence)
    {
        if (cache.TryGetValue(sentence, out var tokens))
        {
            return tokens;
        }

        tokens = AnalyseUncached(sentence);
        if (cache.TryAdd(sentence, tokens) && Interlocked.Increment(ref count) > capacity)
        {
            // A corpus of all-distinct sentences costs a clear now and then, never unbounded memory.
            cache.Clear();
            Interlocked.Exchange(ref count, 0);
        }

        return tokens;
    }

    public SentenceTokens AnalyseUncached(string text)
    {
        var terms = new List<string>();
        var increments = new List<int>();
        var starts = new List<int>();
        var ends = new List<int>();
        using var stream = analyzer.GetTokenStream(string.Empty, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
            increments.Add(increment.PositionIncrement);
            starts.Add(offset.StartOffset);
            ends.Add(offset.EndOffset);
        }

        stream.End();
        return new SentenceTokens([.. terms], [.. increments], [.. starts], [.. ends], increment.PositionIncrement);
    }
}
