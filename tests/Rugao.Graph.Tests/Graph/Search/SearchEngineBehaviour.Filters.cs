using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

// Visibility on a day, kinds, standards, counts and paging.
public abstract partial class SearchEngineBehaviour
{
    [SkippableFact]
    public async Task AsOf_TermOnlyInEarlierEdition_IsFoundOnThatDayOnly()
    {
        // GB/T 28220-2023 dropped 3.3 服务效能.
        var then = await SearchAsync("服务效能", Before2023Edition);
        var now = await SearchAsync("服务效能");

        var hit = Assert.Single(then.Page, m => m.Document.ClauseNumber == "3.3");
        Assert.Equal("GB/T 28220-2011", hit.Document.VersionCode);
        Assert.DoesNotContain(now.Page, m => m.Document.ClauseHeading == "服务效能");
    }

    [SkippableFact]
    public async Task AsOf_TermOnlyInLaterEdition_IsNotFoundBeforeIt()
    {
        var then = await SearchAsync("移动阅读", Before2023Edition);
        var now = await SearchAsync("移动阅读");

        Assert.DoesNotContain(then.Page, m => m.Document.ClauseText?.Contains("移动阅读", StringComparison.Ordinal) == true);
        Assert.Contains(now.Page, m => m.Document.VersionCode == "GB/T 28220-2023" && m.Document.ClauseNumber == "5.6");
    }

    [SkippableFact]
    public async Task AsOf_EveryHit_IsVisibleOnTheDay()
    {
        foreach (var day in new[] { Before2023Edition, SeedSearchDocuments.Today })
        {
            var matches = await SearchAsync("服务", day, limit: 200);

            Assert.NotEmpty(matches.Page);
            Assert.All(matches.Page, m => Assert.True(m.Document.IsVisibleOn(day), m.Document.Id));
        }
    }

    [SkippableTheory]
    [InlineData(SearchKind.Standard)]
    [InlineData(SearchKind.Clause)]
    public async Task Kinds_OneKind_OnlyThatKind(SearchKind kind)
    {
        var matches = await SearchAsync("图书馆", kinds: [kind], limit: 100);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Equal(kind, m.Document.Kind));
        Assert.Equal(matches.TotalCount, matches.Page.Count);
    }

    [SkippableFact]
    public async Task Kinds_Both_SameAsNone()
    {
        var both = await SearchAsync("图书馆", kinds: [SearchKind.Standard, SearchKind.Clause]);
        var none = await SearchAsync("图书馆");

        Assert.Equal(none.TotalCount, both.TotalCount);
    }

    [SkippableFact]
    public async Task StandardIds_OnlyThoseStandards()
    {
        int[] ids = [Seed.StandardId("GB/T 28220"), Seed.StandardId("DB3206/T 1008")];

        var matches = await SearchAsync("图书", standardIds: ids, limit: 200);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Contains(m.Document.StandardId, ids));
        Assert.Equal(ids.Order(), matches.CountByStandard.Keys.Order());
    }

    [SkippableFact]
    public async Task StandardIds_Thousands_AreAccepted()
    {
        var ids = Enumerable.Range(100_000, 5000).Append(Seed.StandardId("DB3206/T 1008")).ToList();

        var matches = await SearchAsync("书屋", standardIds: ids);

        Assert.All(matches.Page, m => Assert.Equal("DB3206/T 1008", m.Document.Identity));
        Assert.NotEmpty(matches.Page);
    }

    [SkippableFact]
    public async Task StandardIds_Empty_MatchesNothing()
    {
        var matches = await SearchAsync("书屋", standardIds: []);

        Assert.Equal(0, matches.TotalCount);
    }

    [SkippableTheory]
    [InlineData("服务")]
    [InlineData("图书馆 开放时间")]
    [InlineData("gbt28220")]
    public async Task CountByStandard_CoversAllMatches_NotOnlyThePage(string text)
    {
        var matches = await SearchAsync(text, limit: 3);

        Assert.Equal(matches.TotalCount, matches.CountByStandard.Values.Sum());
        Assert.True(matches.TotalCount >= matches.Page.Count);
        Assert.All(matches.Page, m => Assert.True(matches.CountByStandard.ContainsKey(m.Document.StandardId)));
    }

    [SkippableFact]
    public async Task Paging_PagesJoinUp_AndRepeatTheSameOrder()
    {
        var whole = await SearchAsync("服务", limit: 30);
        var first = await SearchAsync("服务", offset: 0, limit: 10);
        var second = await SearchAsync("服务", offset: 10, limit: 10);
        var third = await SearchAsync("服务", offset: 20, limit: 10);
        var again = await SearchAsync("服务", limit: 30);

        Assert.Equal(whole.Page.Select(m => m.Document.Id), first.Page.Concat(second.Page).Concat(third.Page).Select(m => m.Document.Id));
        Assert.Equal(whole.Page.Select(m => m.Document.Id), again.Page.Select(m => m.Document.Id));
        Assert.Equal(whole.TotalCount, second.TotalCount);
    }

    [SkippableFact]
    public async Task Paging_OrderedByScoreThenId()
    {
        var matches = await SearchAsync("服务", limit: 200);

        for (var i = 1; i < matches.Page.Count; i++)
        {
            var (before, after) = (matches.Page[i - 1], matches.Page[i]);
            Assert.True(before.Score > after.Score
                || (before.Score == after.Score && string.CompareOrdinal(before.Document.Id, after.Document.Id) < 0),
                $"{before.Document.Id} ({before.Score}) before {after.Document.Id} ({after.Score})");
        }
    }

    [SkippableFact]
    public async Task Paging_BeyondTheEnd_IsEmptyWithTotal()
    {
        var matches = await SearchAsync("书屋", offset: 5000, limit: 10);

        Assert.Empty(matches.Page);
        Assert.True(matches.TotalCount > 0);
    }
}
