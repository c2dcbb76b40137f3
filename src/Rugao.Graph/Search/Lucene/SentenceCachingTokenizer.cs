using System.Globalization;
using ICU4N.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Cuts the text into sentences exactly as SmartCn's tokenizer does (an ICU sentence iterator over the whole text)
/// and plays back each sentence's cached tokens, offsets shifted to the sentence's place in the text.
/// </summary>
internal sealed class SentenceCachingTokenizer : Tokenizer
{
    /// <summary>
    /// SmartCn reads text in buffers of this many characters and may cut a longer text at a buffer end rather than at
    /// a sentence end, so a longer text is analysed whole, uncached, to stay identical.
    /// </summary>
    private const int LongestCachedText = 1024;

    private static readonly BreakIterator Sentences = BreakIterator.GetSentenceInstance(CultureInfo.InvariantCulture);

    private readonly SentenceTokenCache cache;
    private readonly BreakIterator sentences = (BreakIterator)Sentences.Clone();
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IOffsetAttribute offset;
    private readonly List<(SentenceTokens Tokens, int Start)> pending = [];
    private int sentence;
    private int next;
    private int carried;
    private int length;

    public SentenceCachingTokenizer(TextReader input, SentenceTokenCache cache)
        : base(input)
    {
        this.cache = cache;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (sentence < pending.Count)
        {
            var (tokens, start) = pending[sentence];
            if (next < tokens.Terms.Length)
            {
                ClearAttributes();
                term.SetEmpty().Append(tokens.Terms[next]);
                increment.PositionIncrement = tokens.Increments[next] + carried;
                offset.SetOffset(CorrectOffset(start + tokens.Starts[next]), CorrectOffset(start + tokens.Ends[next]));
                carried = 0;
                next++;
                return true;
            }

            carried += tokens.FinalIncrement;
            sentence++;
            next = 0;
        }

        return false;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(length);
        offset.SetOffset(final, final);
        increment.PositionIncrement = carried;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        length = text.Length;
        pending.Clear();
        sentence = next = carried = 0;
        if (text.Length > LongestCachedText)
        {
            pending.Add((cache.AnalyseUncached(text), 0));
            return;
        }

        sentences.SetText(text);
        for (int start = sentences.First(), end = sentences.Next(); end != BreakIterator.Done; start = end, end = sentences.Next())
        {
            pending.Add((cache.Get(text[start..end]), start));
        }
    }
}
