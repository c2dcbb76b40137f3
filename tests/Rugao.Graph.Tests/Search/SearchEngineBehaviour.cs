using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Search;

/// <summary>
/// What every <see cref="ISearchEngine"/> does with the seed corpus, whatever engine it is. A subclass supplies an
/// engine rebuilt from the seed, shared by the tests that only read, and new empty engines for the tests that write,
/// so no test sees another's writes.
/// </summary>
public abstract class SearchEngineBehaviour(SeedSearchDocuments seed) : IAsyncLifetime
{
    private static readonly DateOnly Before2023Edition = new(2020, 1, 1);
    private readonly List<ISearchEngine> created = [];

    protected SeedSearchDocuments Seed { get; } = seed;

    /// <summary>An engine rebuilt from <see cref="Seed"/>, never written to by these tests.</summary>
    protected abstract ISearchEngine SeededEngine { get; }

    /// <summary>A new engine with no index yet, disposed after the test.</summary>
    protected abstract ISearchEngine CreateEngine();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        foreach (var engine in created)
        {
            (engine as IDisposable)?.Dispose();
        }

        return Task.CompletedTask;
    }

    protected async Task<ISearchEngine> FreshSeededEngineAsync()
    {
        var engine = CreateEngine();
        created.Add(engine);
        await engine.RebuildAsync(Seed.StreamAsync(), CancellationToken.None);
        return engine;
    }

    [Fact]
    public async Task IsReady_AfterRebuild_IsTrue() => Assert.True(await SeededEngine.IsReadyAsync(CancellationToken.None));

    [Fact]
    public async Task IsReady_BeforeAnyRebuild_IsFalse_AndSearchIsUnavailable()
    {
        var engine = CreateEngine();
        created.Add(engine);

        Assert.False(await engine.IsReadyAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SearchUnavailableException>(() => engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None));
    }

    [Fact]
    public async Task AsOf_TermOnlyInEarlierEdition_IsFoundOnThatDayOnly()
    {
        // GB/T 28220-2023 dropped 3.3 服务效能.
        var then = await SearchAsync("服务效能", Before2023Edition);
        var now = await SearchAsync("服务效能");

        var hit = Assert.Single(then.Page, m => m.Document.ClauseNumber == "3.3");
        Assert.Equal("GB/T 28220-2011", hit.Document.VersionCode);
        Assert.DoesNotContain(now.Page, m => m.Document.ClauseHeading == "服务效能");
    }

    [Fact]
    public async Task AsOf_TermOnlyInLaterEdition_IsNotFoundBeforeIt()
    {
        var then = await SearchAsync("移动阅读", Before2023Edition);
        var now = await SearchAsync("移动阅读");

        Assert.DoesNotContain(then.Page, m => m.Document.ClauseText?.Contains("移动阅读", StringComparison.Ordinal) == true);
        Assert.Contains(now.Page, m => m.Document.VersionCode == "GB/T 28220-2023" && m.Document.ClauseNumber == "5.6");
    }

    [Fact]
    public async Task AsOf_EveryHit_IsVisibleOnTheDay()
    {
        foreach (var day in new[] { Before2023Edition, SeedSearchDocuments.Today })
        {
            var matches = await SearchAsync("服务", day, limit: 200);

            Assert.NotEmpty(matches.Page);
            Assert.All(matches.Page, m => Assert.True(m.Document.IsVisibleOn(day), m.Document.Id));
        }
    }

    [Theory]
    [InlineData(SearchKind.Standard)]
    [InlineData(SearchKind.Clause)]
    public async Task Kinds_OneKind_OnlyThatKind(SearchKind kind)
    {
        var matches = await SearchAsync("图书馆", kinds: [kind], limit: 100);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Equal(kind, m.Document.Kind));
        Assert.Equal(matches.TotalCount, matches.Page.Count);
    }

    [Fact]
    public async Task Kinds_Both_SameAsNone()
    {
        var both = await SearchAsync("图书馆", kinds: [SearchKind.Standard, SearchKind.Clause]);
        var none = await SearchAsync("图书馆");

        Assert.Equal(none.TotalCount, both.TotalCount);
    }

    [Fact]
    public async Task StandardIds_OnlyThoseStandards()
    {
        int[] ids = [Seed.StandardId("GB/T 28220"), Seed.StandardId("DB3206/T 1008")];

        var matches = await SearchAsync("图书", standardIds: ids, limit: 200);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Contains(m.Document.StandardId, ids));
        Assert.Equal(ids.Order(), matches.CountByStandard.Keys.Order());
    }

    [Fact]
    public async Task StandardIds_Thousands_AreAccepted()
    {
        var ids = Enumerable.Range(100_000, 5000).Append(Seed.StandardId("DB3206/T 1008")).ToList();

        var matches = await SearchAsync("书屋", standardIds: ids);

        Assert.All(matches.Page, m => Assert.Equal("DB3206/T 1008", m.Document.Identity));
        Assert.NotEmpty(matches.Page);
    }

    [Fact]
    public async Task StandardIds_Empty_MatchesNothing()
    {
        var matches = await SearchAsync("书屋", standardIds: []);

        Assert.Equal(0, matches.TotalCount);
    }

    [Fact]
    public async Task ClauseNumber_WithinStandard_FindsThatClauseFirst()
    {
        var matches = await SearchAsync("5.2.1", standardIds: [Seed.StandardId("DB3206/T 1001")]);

        Assert.Equal("5.2.1", matches.Page[0].Document.ClauseNumber);
        Assert.Equal("DB3206/T 1001", matches.Page[0].Document.Identity);
    }

    [Theory]
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

    [Fact]
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

    [Fact]
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

    [Fact]
    public async Task Paging_BeyondTheEnd_IsEmptyWithTotal()
    {
        var matches = await SearchAsync("书屋", offset: 5000, limit: 10);

        Assert.Empty(matches.Page);
        Assert.True(matches.TotalCount > 0);
    }

    [Theory]
    [InlineData("\"书屋\"")]
    [InlineData("书屋*")]
    [InlineData("title:书屋")]
    [InlineData("书屋~2")]
    [InlineData("(书屋")]
    [InlineData("书屋)")]
    [InlineData("书屋 AND 图书")]
    [InlineData("书屋 OR")]
    [InlineData("NOT 书屋")]
    [InlineData("书屋\\")]
    [InlineData("[书屋 TO 图书")]
    [InlineData("{书屋}^3 +图书 -借阅 && || ! /re/ ?")]
    public async Task UserSyntax_IsText_NeverAnError(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Contains(matches.Page, m => m.Document.Identity == "DB3206/T 1008");
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData(":")]
    [InlineData("~")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("\\")]
    [InlineData("[")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task UserSyntax_Alone_NeverAnError(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(matches.TotalCount, matches.CountByStandard.Values.Sum());
    }

    [Theory]
    [InlineData("qwxzvkjh")]
    [InlineData("鳄鱼潜水艇")]
    [InlineData("99999999")]
    public async Task Nonsense_FindsNothing(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(0, matches.TotalCount);
        Assert.Empty(matches.Page);
        Assert.Empty(matches.CountByStandard);
    }

    [Theory]
    [InlineData("办园")]
    [InlineData("仲裁")]
    [InlineData("书屋")]
    [InlineData("接通")]
    [InlineData("放映")]
    public async Task TwoCharacters_EveryDocumentHoldingThem_RanksFirst(string text)
    {
        var holding = Seed.All.Count(d => d.IsVisibleOn(SeedSearchDocuments.Today) && OwnText(d).Contains(text, StringComparison.Ordinal));

        var matches = await SearchAsync(text, limit: holding);

        Assert.InRange(holding, 2, 200);
        Assert.Equal(holding, matches.Page.Count);
        Assert.All(matches.Page, m => Assert.Contains(text, OwnText(m.Document), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoCharacters_SegmenterSplitsThem_StillMatch()
    {
        // SmartCn cuts 幼儿园办园质量 as 幼儿园|办|园|质量; only the bigram field holds 办园.
        var matches = await SearchAsync("办园");

        Assert.Contains(matches.Page, m => m.Document.Identity == "DB3206/T 1136");
        Assert.Contains(matches.Page, m => m.Document is { Identity: "DB3206/T 1002", ClauseNumber: "7.1" });
    }

    [Theory]
    [InlineData("GB/T 28220")]
    [InlineData("gbt28220")]
    [InlineData("GB/T28220-2023")]
    [InlineData("gb/t 28220-2011")]
    [InlineData("ＧＢ／Ｔ２８２２０")]
    [InlineData("28220")]
    public async Task CodeSpellings_FindGbt28220First(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal("GB/T 28220", matches.Page[0].Document.Identity);
        Assert.Equal(SearchKind.Standard, matches.Page[0].Document.Kind);
    }

    [Theory]
    [InlineData("DB3206/T 1001", "DB3206/T 1001")]
    [InlineData("db3206t1004", "DB3206/T 1004")]
    [InlineData("GB/T 24421.2", "GB/T 24421.2")]
    [InlineData("T/RGJY 001", "T/RGJY 001")]
    [InlineData("JGJ 39-2016", "JGJ 39")]
    public async Task Codes_FindTheirStandardFirst(string text, string identity)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(identity, matches.Page[0].Document.Identity);
    }

    [Fact]
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

    [Fact]
    public async Task ReplaceStandards_WithNoDocuments_RemovesTheStandard()
    {
        var engine = await FreshSeededEngineAsync();
        var standardId = Seed.StandardId("DB3206/T 1008");

        await engine.ReplaceStandardsAsync([standardId], [], CancellationToken.None);

        var matches = await SearchAsync(engine, "农家书屋", limit: 100);
        Assert.DoesNotContain(matches.Page, m => m.Document.StandardId == standardId);
        Assert.NotEmpty(matches.Page);
    }

    [Fact]
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

    [Fact]
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

    [Fact]
    public async Task Hits_CarryTheWholeDocument()
    {
        var matches = await SearchAsync("5.2.2.1", standardIds: [Seed.StandardId("DB3206/T 1001")]);

        var document = matches.Page[0].Document;
        Assert.Equal(Seed.All.Single(d => d.Id == document.Id), document, SearchDocumentComparer.Instance);
        Assert.True(matches.Page[0].Score > 0);
    }

    [Theory]
    [InlineData("gbt282", "GB/T 28220")]
    [InlineData("GB/T 28", "GB/T 28220")]
    [InlineData("DB3206/T 100", "DB3206/T 1001")]
    [InlineData("公共图书馆", "GB/T 28220")]
    [InlineData("农家", "DB3206/T 1008")]
    public async Task Suggest_CodeOrTitlePrefix_BestFirst(string prefix, string first)
    {
        var suggestions = await SeededEngine.SuggestAsync(prefix, 5, CancellationToken.None);

        Assert.Equal(first, suggestions[0].Identity);
        Assert.All(suggestions, d => Assert.Equal(SearchKind.Standard, d.Kind));
        Assert.True(suggestions.Count <= 5);
    }

    [Fact]
    public async Task Suggest_TitlePrefix_FindsAllThatStartSo()
    {
        var suggestions = await SeededEngine.SuggestAsync("公共", 10, CancellationToken.None);

        Assert.Equal(
            Seed.All.Where(d => d.Kind == SearchKind.Standard && d.Title.StartsWith("公共", StringComparison.Ordinal)).Select(d => d.Identity).Order(),
            suggestions.Select(d => d.Identity).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzzz")]
    [InlineData("\"*(")]
    public async Task Suggest_NothingToComplete_IsEmpty(string prefix) =>
        Assert.Empty(await SeededEngine.SuggestAsync(prefix, 5, CancellationToken.None));

    protected Task<SearchMatches> SearchAsync(string text, DateOnly? asOf = null, IReadOnlyCollection<int>? standardIds = null,
        IReadOnlyList<SearchKind>? kinds = null, int offset = 0, int limit = 10) =>
        SearchAsync(SeededEngine, text, asOf, standardIds, kinds, offset, limit);

    protected static Task<SearchMatches> SearchAsync(ISearchEngine engine, string text, DateOnly? asOf = null,
        IReadOnlyCollection<int>? standardIds = null, IReadOnlyList<SearchKind>? kinds = null, int offset = 0, int limit = 10) =>
        engine.SearchAsync(SearchRequests.For(text, asOf, standardIds, kinds, offset, limit), CancellationToken.None);

    /// <summary>The text a document has of its own: a standard's title, a clause's heading and text.</summary>
    private static string OwnText(SearchDocument document) =>
        document.Kind == SearchKind.Standard ? document.Title : $"{document.ClauseHeading}\n{document.ClauseText}";

    private static string Searchable(SearchDocument document) =>
        string.Join('\n', [document.Title, document.ClauseHeading, document.ClauseText, .. document.AncestorHeadings]);

    private static async IAsyncEnumerable<SearchDocument> ToAsync(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }
}
