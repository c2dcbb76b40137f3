using System.Globalization;
using System.Text;

namespace Rugao.Graph.Tests.Graph.Search.Relevance;

/// <summary>The per-query table and the means, overall and by kind of query, as plain text.</summary>
public static class RelevanceReport
{
    public static double MeanNdcg(IReadOnlyList<QueryScore> scores) => scores.Average(s => s.Ndcg);

    public static double MeanRecall(IReadOnlyList<QueryScore> scores) => scores.Average(s => s.Recall);

    public static string Table(string title, IReadOnlyList<QueryScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var text = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"== {title}")
            .AppendLine("nDCG@10  R@10   kind           query                         top 3");
        foreach (var score in scores)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{score.Ndcg,7:F3} {score.Recall,5:F2}   {score.Judged.Kind,-14} {Pad(score.Judged.Query, 28)}  {string.Join(" | ", score.Ranked.Take(3).Select(key => Mark(score, key)))}");
        }

        foreach (var kind in scores.GroupBy(s => s.Judged.Kind))
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{MeanNdcg([.. kind]),7:F3} {MeanRecall([.. kind]),5:F2}   {kind.Key,-14} ({kind.Count()} queries)");
        }

        return text.AppendLine(CultureInfo.InvariantCulture,
            $"{MeanNdcg(scores),7:F3} {MeanRecall(scores),5:F2}   all            ({scores.Count} queries)").ToString();
    }

    private static string Mark(QueryScore score, string key) =>
        score.Judged.Relevant.TryGetValue(key, out var grade) && grade > 0 ? $"{key} ({grade})" : $"{key} (-)";

    // Chinese characters take two columns in a terminal.
    private static string Pad(string text, int width) =>
        text + new string(' ', Math.Max(0, width - text.Sum(c => QueryTextWidth(c))));

    private static int QueryTextWidth(char c) => c > '\u2E80' ? 2 : 1;
}
