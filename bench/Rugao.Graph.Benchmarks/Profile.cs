using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;

namespace Rugao.Graph.Benchmarks;

/// <summary>A cheap profile: what analysis alone costs per clause (processor time), split by field, one thread.</summary>
internal static class Profile
{
    public static void AnalysisCost(IReadOnlyList<SearchDocument> clauses)
    {
        using var words = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
        using var bigrams = new CjkBigramAnalyzer();
        using var sentences = LuceneAnalysis.SmartCnWords();
        Time("text", clauses.Select(c => c.ClauseText));
        Time("heading", clauses.Select(c => c.ClauseHeading));
        Time("title", clauses.Select(c => c.Title));
        Time("ancestors", clauses.SelectMany(c => c.AncestorHeadings));
        Console.WriteLine($"  analysis of text, SmartCn remembered per sentence: {Measure(sentences, clauses.Select(c => c.ClauseText).OfType<string>().ToList()) / clauses.Count * 1000,6:F1} µs/clause");

        void Time(string field, IEnumerable<string?> texts)
        {
            var list = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Cast<string>().ToList();
            var wordTime = Measure(words, list);
            var bigramTime = Measure(bigrams, list);
            Console.WriteLine($"  analysis of {field,-9}: {list.Count,7:N0} strings, SmartCn {wordTime / clauses.Count * 1000,6:F1} µs/clause, bigrams {bigramTime / clauses.Count * 1000,6:F1} µs/clause");
        }
    }

    private static double Measure(Analyzer analyzer, List<string> texts)
    {
        var started = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("f", text);
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
        }

        return (Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds;
    }
}
