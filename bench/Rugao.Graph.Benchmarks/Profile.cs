using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;

namespace Rugao.Graph.Benchmarks;

/// <summary>
/// A cheap profile: what analysis alone costs per clause (processor time and allocated bytes), split by field, one
/// thread.
/// </summary>
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
        Console.WriteLine($"  analysis of text, SmartCn remembered per sentence: {Show(Measure(sentences, clauses.Select(c => c.ClauseText).OfType<string>().ToList()))}");

        void Time(string field, IEnumerable<string?> texts)
        {
            var list = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Cast<string>().ToList();
            Console.WriteLine($"  analysis of {field,-9}: {list.Count,7:N0} strings, SmartCn {Show(Measure(words, list))}, bigrams {Show(Measure(bigrams, list))}");
        }

        string Show((double Milliseconds, long Bytes) cost) =>
            $"{cost.Milliseconds / clauses.Count * 1000,6:F1} µs {cost.Bytes / (double)clauses.Count / 1024,5:F1} KB/clause";
    }

    private static (double Milliseconds, long Bytes) Measure(Analyzer analyzer, List<string> texts)
    {
        var started = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("f", text);
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
        }

        return ((Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds,
            GC.GetAllocatedBytesForCurrentThread() - allocated);
    }
}
