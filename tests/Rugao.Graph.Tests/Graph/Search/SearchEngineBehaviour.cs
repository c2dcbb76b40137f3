using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

/// <summary>
/// What every <see cref="ISearchEngine"/> does with the seed corpus, whatever engine it is. A subclass supplies an
/// engine rebuilt from the seed, shared by the tests that only read, and new empty engines for the tests that write,
/// so no test sees another's writes.
/// </summary>
public abstract partial class SearchEngineBehaviour(SeedSearchDocuments seed) : IAsyncLifetime
{
    private static readonly DateOnly Before2023Edition = new(2020, 1, 1);
    private readonly List<ISearchEngine> created = [];

    protected SeedSearchDocuments Seed { get; } = seed;

    /// <summary>An engine rebuilt from <see cref="Seed"/>, never written to by these tests.</summary>
    protected abstract ISearchEngine SeededEngine { get; }

    /// <summary>A new engine with no index yet, disposed after the test.</summary>
    protected abstract ISearchEngine CreateEngine();

    /// <summary>
    /// Why this engine cannot run here (e.g. no cluster configured), or null when it can. When set, every test of the
    /// suite is reported as skipped with this reason, never as failed: the tests are <c>SkippableFact</c>s and
    /// <c>SkippableTheory</c>s, and each starts by skipping (see <see cref="InitializeAsync"/>).
    /// </summary>
    protected virtual string? SkipReason => null;

    public Task InitializeAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return Task.CompletedTask;
    }

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

    [SkippableFact]
    public async Task IsReady_AfterRebuild_IsTrue() => Assert.True(await SeededEngine.IsReadyAsync(CancellationToken.None));

    [SkippableFact]
    public async Task IsReady_BeforeAnyRebuild_IsFalse_AndSearchIsUnavailable()
    {
        var engine = CreateEngine();
        created.Add(engine);

        Assert.False(await engine.IsReadyAsync(CancellationToken.None));
        await Assert.ThrowsAsync<SearchUnavailableException>(() => engine.SearchAsync(SearchRequests.For("书屋"), CancellationToken.None));
    }

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
