namespace Rugao.Graph.Tests.Graph.Search.Relevance;

/// <summary>
/// nDCG@k with exponential gain, DCG = Σ (2^grade − 1) / log2(rank + 1), over the ideal ordering of every judged
/// document; recall@k = judged-relevant documents in the top k over min(k, judged-relevant), so 1 is reachable when
/// more than k are relevant. Ranked keys after their first occurrence gain nothing.
/// </summary>
public static class RankingMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var ideal = Dcg(grades.Values.Where(g => g > 0).OrderDescending().Take(k).ToList());
        return ideal == 0 ? 0 : Dcg(Gains(k, ranked, grades)) / ideal;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var relevant = grades.Count(p => p.Value > 0);
        return relevant == 0 ? 0 : (double)Gains(k, ranked, grades).Count(g => g > 0) / Math.Min(k, relevant);
    }

    private static List<int> Gains(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ranked.Take(k).Select(key => seen.Add(key) ? grades.GetValueOrDefault(key) : 0).ToList();
    }

    private static double Dcg(IReadOnlyList<int> gains) =>
        gains.Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
