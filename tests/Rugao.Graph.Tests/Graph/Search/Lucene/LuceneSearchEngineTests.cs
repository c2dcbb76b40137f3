using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>What only the embedded engine has: its folder, the switch between index generations, concurrency.</summary>
public sealed class LuceneSearchEngineTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Reopen_SameFolder_ServesTheCommittedIndex()
    {
        using (var first = new LuceneSearchEngine(folder.Path))
        {
            await first.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        }

        using var second = new LuceneSearchEngine(folder.Path);

        Assert.True(await second.IsReadyAsync(CancellationToken.None));
        var matches = await second.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None);
        Assert.Equal("DB3206/T 1008", matches.Page[0].Document.Identity);
    }

    [Fact]
    public async Task Search_Repeated_IsRememberedUntilTheIndexChanges()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        var request = SearchRequests.For("书屋");
        var before = await engine.SearchAsync(request, CancellationToken.None);
        var top = before.Page[0].Document;

        Assert.Same(before, await engine.SearchAsync(request, CancellationToken.None));
        Assert.NotSame(before, await engine.SearchAsync(request with { Offset = 1 }, CancellationToken.None));
        await engine.ReplaceStandardsAsync([top.StandardId], [], CancellationToken.None);
        var after = await engine.SearchAsync(request, CancellationToken.None);

        Assert.DoesNotContain(after.Page, match => match.Document.StandardId == top.StandardId);
        Assert.True(after.TotalCount < before.TotalCount);
    }

    [Fact]
    public async Task Rebuild_SwitchesFolders_AndDeletesTheOldOne()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        var before = IndexFolders();

        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);

        var after = Assert.Single(IndexFolders());
        Assert.NotEqual(Assert.Single(before), after);
        Assert.Equal(Path.GetFileName(after), File.ReadAllText(Path.Combine(folder.Path, "current")));
    }

    [Fact]
    public async Task Rebuild_FailsHalfway_OldIndexStaysLive()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        var live = Assert.Single(IndexFolders());

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RebuildAsync(FailingAfter(100), CancellationToken.None));

        Assert.Equal(live, Assert.Single(IndexFolders()));
        var matches = await engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None);
        Assert.Equal("DB3206/T 1008", matches.Page[0].Document.Identity);
    }

    [Fact]
    public async Task Rebuild_Cancelled_OldIndexStaysLive()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => engine.RebuildAsync(seed.StreamAsync(), cancellation.Token));

        Assert.Single(IndexFolders());
        Assert.True((await engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None)).TotalCount > 0);
    }

    [Fact]
    public async Task FirstRebuild_Fails_EngineStaysNotReady()
    {
        using var engine = new LuceneSearchEngine(folder.Path);

        await Assert.ThrowsAsync<InvalidOperationException>(() => engine.RebuildAsync(FailingAfter(10), CancellationToken.None));

        Assert.False(await engine.IsReadyAsync(CancellationToken.None));
        Assert.Empty(IndexFolders());
    }

    [Fact]
    public async Task Clause_FarLongerThanAnyBlock_IsIndexedAndReadBackWhole()
    {
        var standard = seed.All.First(d => d.Kind == SearchKind.Standard);
        var clause = seed.All.First(d => d.Kind == SearchKind.Clause && d.StandardId == standard.StandardId);
        var longText = string.Concat(Enumerable.Repeat("图书馆应每周开放不少于五十六小时并提供免费借阅服务。", 2000)) + "独角兽";
        var documents = new[] { standard, clause with { ClauseText = longText } };
        using var engine = new LuceneSearchEngine(folder.Path);

        await engine.RebuildAsync(documents.ToAsyncEnumerable(), CancellationToken.None);

        var hit = Assert.Single((await engine.SearchAsync(SearchRequests.For("独角兽"), CancellationToken.None)).Page).Document;
        Assert.Equal(longText, hit.ClauseText);
        Assert.Equal(standard.Title, hit.Title);
    }

    [Fact]
    public async Task Open_FolderInUseByAnotherEngine_IsRefused()
    {
        using var first = new LuceneSearchEngine(folder.Path);
        await first.RebuildAsync(seed.StreamAsync(), CancellationToken.None);

        Assert.ThrowsAny<IOException>(() => new LuceneSearchEngine(folder.Path));

        Assert.True((await first.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None)).TotalCount > 0);
    }

    [Fact]
    public async Task ReplaceStandards_BeforeAnyRebuild_IsUnavailable()
    {
        using var engine = new LuceneSearchEngine(folder.Path);

        await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            engine.ReplaceStandardsAsync([1], seed.All.Take(1).ToList(), CancellationToken.None));
        Assert.False(await engine.IsReadyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Searches_WhileWritingAndRebuilding_NeverFail()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        var identity = "DB3206/T 1008";
        var standardId = seed.StandardId(identity);
        using var stop = new CancellationTokenSource();

        var searches = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var count = 0;
            while (!stop.IsCancellationRequested)
            {
                var matches = await engine.SearchAsync(SearchRequests.For("农家书屋 借阅"), CancellationToken.None);
                Assert.NotEmpty(matches.Page);
                count++;
            }

            return count;
        })).ToList();
        for (var i = 0; i < 3; i++)
        {
            await engine.ReplaceStandardsAsync([standardId], seed.OfStandard(identity), CancellationToken.None);
        }

        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        await engine.ReplaceStandardsAsync([standardId], seed.OfStandard(identity), CancellationToken.None);
        await stop.CancelAsync();

        Assert.All(await Task.WhenAll(searches), count => Assert.True(count > 0));
        Assert.Single(IndexFolders());
    }

    [Fact]
    public async Task LongText_UpToTheLimit_IsSearched_BeyondIt_Refused()
    {
        using var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        var prose = string.Concat(seed.All.Select(d => d.ClauseText)).Replace(" ", "", StringComparison.Ordinal);

        var distinct = new string([.. Enumerable.Range(0, LuceneSearchEngine.MaxTextLength).Select(i => (char)(0x4E00 + (i * 7)))]);

        var matches = await engine.SearchAsync(SearchRequests.For(prose[..LuceneSearchEngine.MaxTextLength]), CancellationToken.None);
        await engine.SearchAsync(SearchRequests.For(distinct), CancellationToken.None);

        Assert.True(matches.TotalCount > 0);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            engine.SearchAsync(SearchRequests.For(prose[..(LuceneSearchEngine.MaxTextLength + 1)]), CancellationToken.None));
    }

    [Fact]
    public async Task Disposed_RefusesWork()
    {
        var engine = new LuceneSearchEngine(folder.Path);
        await engine.RebuildAsync(seed.StreamAsync(), CancellationToken.None);
        engine.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None));
        engine.Dispose();
    }

    private List<string> IndexFolders() =>
        Directory.Exists(folder.Path) ? [.. Directory.GetDirectories(folder.Path, "index-*")] : [];

    private async IAsyncEnumerable<SearchDocument> FailingAfter(int count)
    {
        foreach (var document in seed.All.Take(count))
        {
            await Task.Yield();
            yield return document;
        }

        throw new InvalidOperationException("The database went away.");
    }
}
