using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

// Replacing standards and rebuilding, each on a fresh engine.
public abstract partial class SearchEngineBehaviour
{
    [SkippableFact]
    public async Task ReplaceStandards_TakesEffectForTheNextSearch()
    {
        var engine = await FreshSeededEngineAsync();
        var identity = "DB3206/T 1008";
        var standardId = Seed.StandardId(identity);
        var changed = Seed.OfStandard(identity)
            .Select(d => d.ClauseNumber == "5.1" ? d with { ClauseText = "每周开放时间应不少于20小时，并开展独角兽主题阅读。" } : d)
            .ToList();

        await engine.ReplaceStandardsAsync([standardId], changed, CancellationToken.None);

        var found = await SearchAsync(engine, "独角兽");
        Assert.Equal(identity, Assert.Single(found.Page).Document.Identity);
        var all = await SearchAsync(engine, "书屋", standardIds: [standardId], limit: 500);
        Assert.Equal(changed.Count(d => d.IsVisibleOn(SeedSearchDocuments.Today) && Searchable(d).Contains("书屋", StringComparison.Ordinal)), all.TotalCount);
    }

    [SkippableFact]
    public async Task ReplaceStandards_NewTitle_CarriedByTheStandardsClauseHits()
    {
        var engine = await FreshSeededEngineAsync();
        var identity = "DB3206/T 1008";
        var standardId = Seed.StandardId(identity);
        var before = await SearchAsync(engine, "书屋", standardIds: [standardId], kinds: [SearchKind.Clause]);
        Assert.NotEmpty(before.Page);
        var renamed = Seed.OfStandard(identity).Select(d => d with { Title = "农家书屋服务规范（修订）" }).ToList();

        await engine.ReplaceStandardsAsync([standardId], renamed, CancellationToken.None);

        var after = await SearchAsync(engine, "书屋", standardIds: [standardId], kinds: [SearchKind.Clause]);
        Assert.NotEmpty(after.Page);
        Assert.All(after.Page, m => Assert.Equal("农家书屋服务规范（修订）", m.Document.Title));
    }

    [SkippableFact]
    public async Task ReplaceStandards_WithNoDocuments_RemovesTheStandard()
    {
        var engine = await FreshSeededEngineAsync();
        var standardId = Seed.StandardId("DB3206/T 1008");

        await engine.ReplaceStandardsAsync([standardId], [], CancellationToken.None);

        var matches = await SearchAsync(engine, "农家书屋", limit: 100);
        Assert.DoesNotContain(matches.Page, m => m.Document.StandardId == standardId);
        Assert.NotEmpty(matches.Page);
    }

    [SkippableFact]
    public async Task ReplaceStandards_LeavesOtherStandardsAlone()
    {
        var engine = await FreshSeededEngineAsync();
        var before = await SearchAsync(engine, "服务", limit: 0);
        var standardId = Seed.StandardId("GB/T 28220");

        await engine.ReplaceStandardsAsync([standardId], Seed.OfStandard("GB/T 28220"), CancellationToken.None);

        var after = await SearchAsync(engine, "服务", limit: 0);
        Assert.Equal(before.TotalCount, after.TotalCount);
        Assert.Equal(before.CountByStandard.OrderBy(p => p.Key), after.CountByStandard.OrderBy(p => p.Key));
    }

    [SkippableFact]
    public async Task Rebuild_ReplacesEverything()
    {
        var engine = await FreshSeededEngineAsync();
        await engine.RebuildAsync(ToAsync(Seed.OfStandard("GB/T 28220")), CancellationToken.None);

        var library = await SearchAsync(engine, "图书馆", limit: 100);
        var books = await SearchAsync(engine, "书屋");
        Assert.NotEmpty(library.Page);
        Assert.All(library.Page, m => Assert.Equal("GB/T 28220", m.Document.Identity));
        Assert.Equal(0, books.TotalCount);
    }
}
