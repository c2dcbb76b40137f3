using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The analysed tokens of strings that repeat across documents — a standard's title and its clauses' headings and
/// ancestor headings — so SmartCn runs once per distinct string in a batch instead of once per clause. A cached
/// string is replayed with the same terms, position increments and offsets the analyzer produced, so the index and
/// its scores are exactly those of analysing it again. Scoped to one rebuild or one change; safe across threads.
/// </summary>
internal sealed class TokenCache(Analyzer analyzer, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<(string Field, string Text), Tokens> cache = new();
    private int count;

    /// <summary>The tokens of <paramref name="text"/> in <paramref name="field"/>, analysed at most once.</summary>
    public Tokens Of(string field, string text)
    {
        var key = (field, text);
        if (!cache.TryGetValue(key, out var tokens))
        {
            tokens = Analyse(field, text);
            if (cache.TryAdd(key, tokens) && Interlocked.Increment(ref count) > capacity)
            {
                // Bounded: a corpus of all-distinct strings costs one clear now and then, never unbounded memory.
                cache.Clear();
                Interlocked.Exchange(ref count, 0);
            }
        }

        return tokens;
    }

    private Tokens Analyse(string field, string text)
    {
        var terms = new List<string>();
        var increments = new List<int>();
        var offsets = new List<(int Start, int End)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var payload = stream.AddAttribute<IPayloadAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (payload.Payload is not null)
            {
                throw new InvalidOperationException($"The analyzer of {field} emits payloads, which the token cache does not keep.");
            }

            terms.Add(term.ToString());
            increments.Add(increment.PositionIncrement);
            offsets.Add((offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        var final = (increment.PositionIncrement, offset.EndOffset);
        return new Tokens([.. terms], [.. increments], [.. offsets], final.PositionIncrement, final.EndOffset);
    }

    internal sealed record Tokens(string[] Terms, int[] Increments, (int Start, int End)[] Offsets, int FinalIncrement, int FinalOffset);

    /// <summary>Plays a cached analysis back to the indexer; one replay serves one field of a reused document.</summary>
    internal sealed class Replay : TokenStream
    {
        private readonly ICharTermAttribute term;
        private readonly IPositionIncrementAttribute increment;
        private readonly IOffsetAttribute offset;
        private Tokens tokens = new([], [], [], 0, 0);
        private int next;

        public Replay()
        {
            term = AddAttribute<ICharTermAttribute>();
            increment = AddAttribute<IPositionIncrementAttribute>();
            offset = AddAttribute<IOffsetAttribute>();
        }

        public Replay Play(Tokens played)
        {
            tokens = played;
            next = 0;
            return this;
        }

        public override bool IncrementToken()
        {
            if (next >= tokens.Terms.Length)
            {
                return false;
            }

            ClearAttributes();
            term.SetEmpty().Append(tokens.Terms[next]);
            increment.PositionIncrement = tokens.Increments[next];
            offset.SetOffset(tokens.Offsets[next].Start, tokens.Offsets[next].End);
            next++;
            return true;
        }

        public override void End()
        {
            base.End();
            increment.PositionIncrement = tokens.FinalIncrement;
            offset.SetOffset(tokens.FinalOffset, tokens.FinalOffset);
        }

        public override void Reset()
        {
            base.Reset();
            next = 0;
        }
    }
}
