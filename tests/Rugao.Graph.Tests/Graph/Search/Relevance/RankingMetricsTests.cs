namespace Rugao.Graph.Tests.Graph.Search.Relevance;

public sealed class RankingMetricsTests
{
    private static readonly Dictionary<string, int> TwoJudged = new() { ["a"] = 2, ["b"] = 1 };

    [Fact]
    public void Ndcg_IdealOrder_IsOne() => Assert.Equal(1.0, RankingMetrics.NdcgAt(10, ["a", "b"], TwoJudged), 6);

    [Fact]
    public void Ndcg_SwappedOrder_ByHand()
    {
        // DCG = 1/log2(2) + 3/log2(3) = 1 + 1.892789 = 2.892789; ideal = 3 + 1/log2(3) = 3.630930.
        Assert.Equal(2.892789 / 3.630930, RankingMetrics.NdcgAt(10, ["b", "a"], TwoJudged), 5);
    }

    [Fact]
    public void Ndcg_UnjudgedFirst_ByHand()
    {
        // DCG = 0 + 3/log2(3) + 1/log2(4) = 2.392789; ideal = 3.630930.
        Assert.Equal(2.392789 / 3.630930, RankingMetrics.NdcgAt(10, ["x", "a", "b"], TwoJudged), 5);
        Assert.Equal(1.892789 / 3.630930, RankingMetrics.NdcgAt(10, ["x", "a"], TwoJudged), 5);
    }

    [Fact]
    public void Ndcg_BeyondK_CountsNothing()
    {
        Assert.Equal(0, RankingMetrics.NdcgAt(2, ["x", "y", "a", "b"], TwoJudged));
        Assert.Equal(0, RankingMetrics.RecallAt(2, ["x", "y", "a", "b"], TwoJudged));
    }

    [Fact]
    public void Ndcg_IdealIsCutAtK()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 2, ["c"] = 2 };

        Assert.Equal(1.0, RankingMetrics.NdcgAt(2, ["b", "c"], grades), 6);
    }

    [Fact]
    public void Ndcg_RepeatedKey_GainsOnce()
    {
        // DCG = 3 + 0; ideal = 3 + 1/log2(3).
        Assert.Equal(3 / 3.630930, RankingMetrics.NdcgAt(10, ["a", "a"], TwoJudged), 5);
        Assert.Equal(0.5, RankingMetrics.RecallAt(10, ["a", "a"], TwoJudged));
    }

    [Fact]
    public void Ndcg_NothingRelevantJudged_IsZero() =>
        Assert.Equal(0, RankingMetrics.NdcgAt(10, ["a"], new Dictionary<string, int> { ["a"] = 0 }));

    [Fact]
    public void Recall_SomeFound_ByHand()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 1, ["d"] = 0 };

        Assert.Equal(2 / 3.0, RankingMetrics.RecallAt(10, ["d", "c", "x", "a"], grades), 6);
    }

    [Fact]
    public void Recall_MoreRelevantThanK_DividesByK()
    {
        var grades = Enumerable.Range(0, 12).ToDictionary(i => $"r{i}", _ => 1);

        Assert.Equal(1.0, RankingMetrics.RecallAt(10, [.. Enumerable.Range(2, 10).Select(i => $"r{i}")], grades));
        Assert.Equal(0.5, RankingMetrics.RecallAt(10, [.. Enumerable.Range(0, 5).Select(i => $"r{i}")], grades));
    }
}
