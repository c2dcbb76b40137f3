using System.Globalization;
using Rugao.Graph.Standards;
using Rugao.Graph.Statistics;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Statistics;

/// <summary>Facts that follow from the repository's seed: 40 standards, one catalog edition of 35 items.</summary>
public sealed class PlatformStatisticsTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private readonly PlatformStatistics statistics = new(database);

    [Fact]
    public async Task ComputeAsync_Seed_CountsEveryPublishedStandardByLevel()
    {
        var snapshot = await statistics.ComputeAsync(Day("2023-06-30"), CancellationToken.None);

        Assert.Equal(40, snapshot.StandardCount);
        Assert.Equal(
            [
                new LevelCount(StandardLevel.National, 19), new LevelCount(StandardLevel.Industry, 6),
                new LevelCount(StandardLevel.Local, 12), new LevelCount(StandardLevel.Group, 3),
                new LevelCount(StandardLevel.Enterprise, 0),
            ],
            snapshot.ByLevel);
    }

    // T/RGJY 002 is abolished on 2023-06-30; DB32/T 4815 takes effect on 2024-07-18 and supersedes DB3206/T 1006
    // (which itself superseded T/RGWT 001 in 2021); DB3206/T 1136 is upcoming until 2027-03-01.
    [Theory]
    [InlineData("2023-06-29", 2, 37, 1, 0)]
    [InlineData("2023-06-30", 2, 36, 1, 1)]
    [InlineData("2024-07-17", 2, 36, 1, 1)]
    [InlineData("2024-07-18", 1, 36, 2, 1)]
    [InlineData("2027-02-28", 1, 36, 2, 1)]
    [InlineData("2027-03-01", 0, 37, 2, 1)]
    public async Task ComputeAsync_Day_CountsStandardsByStatusOnThatDay(
        string day, int upcoming, int current, int superseded, int abolished)
    {
        var snapshot = await statistics.ComputeAsync(Day(day), CancellationToken.None);

        Assert.Equal(
            [
                new StatusCount(StandardStatus.Draft, 0), new StatusCount(StandardStatus.Upcoming, upcoming),
                new StatusCount(StandardStatus.Current, current), new StatusCount(StandardStatus.Superseded, superseded),
                new StatusCount(StandardStatus.Abolished, abolished),
            ],
            snapshot.ByStatus);
        Assert.Equal(snapshot.StandardCount, snapshot.ByStatus.Sum(s => s.Count));
        Assert.Equal(Day(day), snapshot.AsOf);
    }

    // LYSD-01-07, LYSD-01-08 and WTFW-01-06 deliberately have no standard.
    [Fact]
    public async Task ComputeAsync_SeedCatalog_LeavesThreeOfThirtyFiveItemsUncovered()
    {
        var snapshot = await statistics.ComputeAsync(Day("2023-06-30"), CancellationToken.None);

        Assert.Equal(new Coverage(35, 32), snapshot.Coverage);
        Assert.Equal(32d / 35, snapshot.Coverage.Ratio, 10);
        Assert.Equal(
            [("XYSJ", 6, 10, 10), ("LYSD", 11, 14, 12), ("WTFW", 12, 11, 10)],
            snapshot.ByArea.Select(a => (a.Area.Code, a.StandardCount, a.Coverage.ItemCount, a.Coverage.CoveredItemCount)));
        Assert.Equal(1, snapshot.ByArea[0].Coverage.Ratio);
    }

    // The 2021 edition takes effect on 2021-07-01, the day its standards were listed: before that it is still the
    // catalog shown (the first edition), but nothing is listed for it yet.
    [Fact]
    public async Task ComputeAsync_BeforeStandardsWereListed_CoversNothing()
    {
        var snapshot = await statistics.ComputeAsync(Day("2021-06-30"), CancellationToken.None);

        Assert.Equal(new Coverage(35, 0), snapshot.Coverage);
        Assert.Equal(0, snapshot.Coverage.Ratio);
        Assert.All(snapshot.ByArea, a => Assert.Equal(0, a.StandardCount));
        Assert.Equal(["XYSJ", "LYSD", "WTFW"], snapshot.ByArea.Select(a => a.Area.Code));
    }

    [Fact]
    public async Task ComputeAsync_AnyDay_SendsTheSameFewStatements()
    {
        database.Commands.Reset();
        await statistics.ComputeAsync(Day("2023-06-30"), CancellationToken.None);
        var first = database.Commands.Count;
        database.Commands.Reset();
        await statistics.ComputeAsync(Day("2027-03-01"), CancellationToken.None);

        Assert.InRange(first, 1, 5);
        Assert.Equal(first, database.Commands.Count);
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
