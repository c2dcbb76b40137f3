using Rugao.Graph.Clauses;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Clauses;

public sealed class ClauseHistoryTests
{
    private static readonly Guid Lineage = Guid.NewGuid();
    private static readonly Standard Library = new() { Id = 1, Identity = "GB/T 28220", CompactKey = "GBT28220", Title = "公共图书馆服务规范" };

    private static readonly StandardTimeline Timeline = new(Library,
    [
        Published(1, new DateOnly(2012, 5, 1)),
        Published(2, new DateOnly(2019, 10, 1)),
        Published(3, new DateOnly(2023, 7, 1)),
        Published(4, new DateOnly(2025, 1, 1)),
    ], supersededOn: null);

    [Fact]
    public void Of_UnchangedAcrossVersions_IsOneRevisionSpanningThemAll()
    {
        var clauses = Enumerable.Range(1, 4).Select(v => At(v, "4.4", "应公示。")).ToList();

        var revision = Assert.Single(ClauseHistory.Of(Timeline, clauses));

        Assert.Equal(1, revision.Version.Id);
        Assert.Equal(new DateOnly(2012, 5, 1), revision.ValidFrom);
        Assert.Null(revision.ValidTo);
        Assert.True(revision.Substantive);
    }

    [Fact]
    public void Of_ChangedInSomeVersions_MergesTheUnchangedRuns()
    {
        var clauses = new[] { At(1, "4.4", "应公示。"), At(2, "4.4", "应公示。"), At(3, "5.5", "应公示并宣传。"), At(4, "5.5", "应公示并宣传.") };

        var revisions = ClauseHistory.Of(Timeline, clauses);

        Assert.Equal([1, 3, 4], revisions.Select(r => r.Version.Id));
        Assert.Equal(new DateOnly(2023, 6, 30), revisions[0].ValidTo);
        Assert.Equal(new DateOnly(2023, 7, 1), revisions[1].ValidFrom);
        Assert.Equal(new DateOnly(2024, 12, 31), revisions[1].ValidTo);
        Assert.Equal([true, true, false], revisions.Select(r => r.Substantive));
    }

    [Fact]
    public void Of_RemovedInTheLatestVersion_EndsTheDayBeforeIt()
    {
        var revision = Assert.Single(ClauseHistory.Of(Timeline, [At(1, "3.3", "效果。"), At(2, "3.3", "效果。")]));

        Assert.Equal(new DateOnly(2023, 6, 30), revision.ValidTo);
    }

    private static Clause At(int versionId, string number, string text) =>
        ClauseDiffTests.Version(versionId, (Lineage, number, null, text))[0];

    private static StandardVersion Published(int id, DateOnly effectiveFrom) => new()
    {
        Id = id,
        StandardId = Library.Id,
        Number = id,
        Code = $"GB/T 28220-{effectiveFrom.Year}",
        Year = effectiveFrom.Year,
        PublishedOn = effectiveFrom.AddMonths(-3),
        EffectiveFrom = effectiveFrom,
    };
}
