using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The embedded engine: a Lucene.NET index in a folder, searched near-real-time. Writes are serialised and each is
/// one commit; searches run concurrently with them on the latest refreshed searcher.
/// </summary>
public sealed partial class LuceneSearchEngine : ISearchEngine, IDisposable
{
    private readonly IndexFolders folders;
    private readonly Analyzer analyzer;
    private readonly Analyzer queryAnalyzer;
    private readonly LuceneQueryFactory queries;
    private readonly SemaphoreSlim writes = new(1, 1);
    private readonly SearchResultCache? results = new();
    private IndexGeneration? live;
    private volatile bool disposed;

    /// <param name="path">The engine's own folder, e.g. <c>&lt;Storage:DataDirectory&gt;/search</c>.</param>
    public LuceneSearchEngine(string path)
        : this(path, LuceneAnalysis.SmartCnWords(), SearchRanking.Default, SearchVocabulary.Default)
    {
    }

    /// <param name="path">The engine's own folder.</param>
    /// <param name="words">The word segmenter for the <c>*.words</c> fields (bigrams are fixed).</param>
    /// <param name="ranking">The boosts; the tests try others against the relevance set.</param>
    /// <param name="vocabulary">Synonyms and question words applied to queries.</param>
    internal LuceneSearchEngine(string path, Analyzer words, SearchRanking ranking, SearchVocabulary vocabulary)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(ranking);
        folders = new IndexFolders(Path.GetFullPath(path));
        analyzer = LuceneAnalysis.PerField(words);
        queryAnalyzer = LuceneAnalysis.ForQueries(words, vocabulary);
        queries = new LuceneQueryFactory(queryAnalyzer, ranking);
        live = OpenLive();
        folders.DeleteAllBut(live?.Folder);
    }

    /// <summary>Whether answers are remembered per index reader (<see cref="SearchResultCache"/>); the benchmark turns it off to measure the searching itself.</summary>
    internal bool CachesResults
    {
        get => results is not null;
        init => results = value ? new SearchResultCache() : null;
    }

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return Task.FromResult(Volatile.Read(ref live) is not null);
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        writes.Wait();
        try
        {
            disposed = true;
            Interlocked.Exchange(ref live, null)?.Release();
        }
        finally
        {
            writes.Release();
        }

        analyzer.Dispose();
        queryAnalyzer.Dispose();
    }

    /// <summary>
    /// The live index, or null when there is none, it is damaged or of an earlier format: either way it is rebuilt
    /// from the database.
    /// </summary>
    private IndexGeneration? OpenLive()
    {
        var folder = folders.Live();
        try
        {
            return folder is not null && IndexGeneration.IsUsable(folder) ? IndexGeneration.OpenExisting(folder, analyzer) : null;
        }
        catch (LockObtainFailedException)
        {
            throw;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> search)
    {
        var generation = Lease();
        try
        {
            var searcher = generation.Searchers.Acquire();
            try
            {
                return search(searcher);
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }
        finally
        {
            generation.Release();
        }
    }

    private async Task<T> WithSearcherAsync<T>(Func<IndexSearcher, Task<T>> search)
    {
        var generation = Lease();
        try
        {
            var searcher = generation.Searchers.Acquire();
            try
            {
                return await search(searcher).ConfigureAwait(false);
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }
        finally
        {
            generation.Release();
        }
    }

    private IndexGeneration Lease()
    {
        while (true)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var generation = Volatile.Read(ref live)
                ?? throw new SearchUnavailableException("The search index has not been built yet; rebuild it from the database.");
            if (generation.TryLease())
            {
                return generation;
            }
        }
    }
}
