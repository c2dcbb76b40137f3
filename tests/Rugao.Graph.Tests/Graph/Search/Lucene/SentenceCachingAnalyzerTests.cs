using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Rugao.Graph.Search.Lucene;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>
/// The sentence cache changes nothing in the index: for every string of the seed and thousands of texts spliced
/// from its sentences (numbers, codes, places, spacing and lengths varied), its tokens — terms, positions, offsets
/// and the stream's end — are SmartCn's own, on a first (segmented) and a second (replayed) pass.
/// </summary>
public sealed partial class SentenceCachingAnalyzerTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>
{
    [Fact]
    public void Tokens_OfEverySeedString_AreSmartCnTokens()
    {
        var texts = seed.All
            .SelectMany(d => new[] { d.Title, d.ClauseHeading, d.ClauseText }.Concat(d.AncestorHeadings))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        AssertSameTokens(texts, capacity: 1_000_000);
    }

    [Fact]
    public void Tokens_OfSplicedTexts_AreSmartCnTokens()
    {
        // A small cache, so the run also segments again after clearing.
        AssertSameTokens(Spliced(4000), capacity: 500);
    }

    [Fact]
    public void Tokens_OfTextsLongerThanOneBuffer_AreSmartCnTokens()
    {
        var sentences = SeedSentences();
        var random = new Random(3);
        var texts = Enumerable.Range(0, 20)
            .Select(_ => string.Concat(Enumerable.Range(0, 60).Select(_ => sentences[random.Next(sentences.Count)])))
            .ToList();

        Assert.All(texts, t => Assert.True(t.Length > 1024));
        AssertSameTokens(texts, capacity: 1000);
    }

    private static void AssertSameTokens(List<string> texts, int capacity)
    {
        using var smartCn = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        using var cached = new SentenceCachingAnalyzer(new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), capacity);
        var compared = 0;
        foreach (var pass in new[] { "first", "second" })
        {
            foreach (var text in texts)
            {
                var expected = Tokens(smartCn, text);
                var actual = Tokens(cached, text);
                Assert.True(expected == actual, $"{pass} pass differs for «{text}»:\nSmartCn: {expected}\ncached:  {actual}");
                compared++;
            }
        }

        Assert.Equal(2 * texts.Count, compared);
    }

    private List<string> Spliced(int count)
    {
        var sentences = SeedSentences();
        var random = new Random(20261129);
        string[] extras = ["GB/T 28220-2023", "  ", "\n", "（如城街道）", "12333", "ABC", "第5.2.1条", "Ｗｉ－Ｆｉ", "！", "…", "2.8㎡"];
        var texts = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            for (var n = 1 + random.Next(4); n > 0; n--)
            {
                text.Append(Digits().Replace(sentences[random.Next(sentences.Count)],
                    _ => random.Next(1, 100_000).ToString(CultureInfo.InvariantCulture)));
                if (random.Next(4) == 0)
                {
                    text.Append(extras[random.Next(extras.Length)]);
                }
            }

            texts.Add(text.ToString());
        }

        return texts;
    }

    private List<string> SeedSentences() =>
        seed.All.Select(d => d.ClauseText).OfType<string>()
            .SelectMany(t => SentenceEnd().Split(t))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static string Tokens(Analyzer analyzer, string text)
    {
        var tokens = new StringBuilder();
        using var stream = analyzer.GetTokenStream("text.words", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Append(CultureInfo.InvariantCulture, $"{term}/{increment.PositionIncrement}/{offset.StartOffset}-{offset.EndOffset} ");
        }

        stream.End();
        tokens.Append(CultureInfo.InvariantCulture, $"| end {increment.PositionIncrement}/{offset.EndOffset}");
        return tokens.ToString();
    }

    [GeneratedRegex("(?<=[。；！？\n])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
