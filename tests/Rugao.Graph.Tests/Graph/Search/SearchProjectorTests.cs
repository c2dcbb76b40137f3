using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Changes;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search;

public sealed class SearchProjectorTests : IAsyncLifetime
{
    private readonly SeededDatabase database = new();
    private readonly string indexFolder = Path.Combine(Path.GetTempPath(), "rugao-projector-" + Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => database.InitializeAsync();

    [Fact]
    public async Task Rebuild_MovesTheCheckpointToTheLastChange()
    {
        using var engine = new LuceneSearchEngine(indexFolder);
        var projector = Projector(engine);

        Assert.True(await projector.EnsureIndexAsync(default));

        Assert.Equal(await LastSequenceAsync(), await CheckpointAsync());
        Assert.Equal(0, await projector.CatchUpAsync(default));
        Assert.False(await projector.EnsureIndexAsync(default));
    }

    [Fact]
    public async Task CommittedChange_IsSearchableAfterCatchUp()
    {
        using var engine = new LuceneSearchEngine(indexFolder);
        var projector = Projector(engine);
        await projector.EnsureIndexAsync(default);

        var sequence = await RenameAsync("GB/T 28220", "公共图书馆与城市书房服务规范");

        Assert.Empty((await SearchAsync(engine, "城市书房", SearchKind.Standard)).Page);
        Assert.Equal(1, await projector.CatchUpAsync(default));
        var hit = Assert.Single((await SearchAsync(engine, "城市书房", SearchKind.Standard)).Page);
        Assert.Equal("GB/T 28220", hit.Document.Identity);
        Assert.Equal(sequence, await CheckpointAsync());
    }

    [Fact]
    public async Task ChangeCommittedBeforeACrash_IsIndexedOnceByTheNextProcess()
    {
        using (var beforeCrash = new LuceneSearchEngine(indexFolder))
        {
            await Projector(beforeCrash).EnsureIndexAsync(default);
        }

        await RenameAsync("GB/T 28220", "公共图书馆与城市书房服务规范");

        using var afterRestart = new LuceneSearchEngine(indexFolder);
        var projector = Projector(afterRestart);
        Assert.False(await projector.EnsureIndexAsync(default));
        Assert.Equal(1, await projector.CatchUpAsync(default));
        Assert.Single((await SearchAsync(afterRestart, "城市书房", SearchKind.Standard)).Page);
    }

    [Fact]
    public async Task EngineDown_LeavesTheCheckpoint_AndTheChangeIsIndexedWhenItReturns()
    {
        using var lucene = new LuceneSearchEngine(indexFolder);
        var engine = new UnreliableEngine(lucene);
        var projector = Projector(engine);
        await projector.EnsureIndexAsync(default);
        var before = await CheckpointAsync();
        await RenameAsync("GB/T 28220", "公共图书馆与城市书房服务规范");

        engine.Down = true;
        await Assert.ThrowsAsync<SearchUnavailableException>(() => projector.CatchUpAsync(default));
        Assert.Equal(before, await CheckpointAsync());

        engine.Down = false;
        Assert.Equal(1, await projector.CatchUpAsync(default));
        Assert.Single((await SearchAsync(lucene, "城市书房", SearchKind.Standard)).Page);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        if (Directory.Exists(indexFolder))
        {
            Directory.Delete(indexFolder, recursive: true);
        }
    }

    private SearchProjector Projector(ISearchEngine engine) =>
        new(engine, new SearchDocumentSource(database), database, new FakeTimeProvider(), NullLogger<SearchProjector>.Instance);

    /// <summary>What a mutation does: the entity change and its change event in one transaction.</summary>
    private async Task<long> RenameAsync(string identity, string title)
    {
        await using var db = database.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var standard = await db.Standards.AsTracking().SingleAsync(s => s.Identity == identity);
        standard.Title = title;
        var change = new ChangeEvent
        {
            Kind = ChangeKind.DraftUpdated, Summary = "renamed", Actor = "test", OccurredAt = DateTimeOffset.UtcNow,
            StandardId = standard.Id,
        };
        db.ChangeEvents.Add(change);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return change.Sequence;
    }

    private async Task<long> CheckpointAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.ConsumerCheckpoints.Where(c => c.Consumer == SearchProjector.Consumer).Select(c => c.Sequence).SingleAsync();
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.ChangeEvents.MaxAsync(e => e.Sequence);
    }

    private static Task<SearchMatches> SearchAsync(LuceneSearchEngine engine, string text, SearchKind? kind = null) =>
        engine.SearchAsync(new SearchRequest(QueryText.Parse(text), null, new DateOnly(2026, 11, 29), null,
            kind is { } k ? [k] : null, 0, 10), default);

    /// <summary>The real engine behind a switch that makes it unreachable, as a cluster outage would.</summary>
    private sealed class UnreliableEngine(ISearchEngine inner) : ISearchEngine
    {
        public bool Down { get; set; }

        public Task<bool> IsReadyAsync(CancellationToken cancellationToken) => Guard(() => inner.IsReadyAsync(cancellationToken));

        public Task<SearchMatches> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
            Guard(() => inner.SearchAsync(request, cancellationToken));

        public Task<IReadOnlyList<SearchDocument>> SuggestAsync(string prefix, int limit, CancellationToken cancellationToken) =>
            Guard(() => inner.SuggestAsync(prefix, limit, cancellationToken));

        public Task ReplaceStandardsAsync(IReadOnlyCollection<int> standardIds, IReadOnlyList<SearchDocument> documents,
            CancellationToken cancellationToken) => Guard(() => inner.ReplaceStandardsAsync(standardIds, documents, cancellationToken));

        public Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken) =>
            Guard(() => inner.RebuildAsync(documents, cancellationToken));

        private Task<T> Guard<T>(Func<Task<T>> call) => Down ? throw new SearchUnavailableException("down") : call();

        private Task Guard(Func<Task> call) => Down ? throw new SearchUnavailableException("down") : call();
    }
}
