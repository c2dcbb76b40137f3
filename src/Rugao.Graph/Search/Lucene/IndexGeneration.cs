using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// One index folder with its writer and near-real-time searcher manager. Searches hold a lease, so a generation
/// replaced by a rebuild is closed only when the last search on it ends.
/// </summary>
internal sealed class IndexGeneration
{
    private readonly LuceneDirectory directory;
    private int leases = 1;
    private volatile bool deleteWhenClosed;

    private IndexGeneration(string folder, LuceneDirectory directory, IndexWriter writer)
    {
        Folder = folder;
        this.directory = directory;
        Writer = writer;
        Searchers = new SearcherManager(writer, true, new Bm25SearcherFactory());
    }

    public string Folder { get; }

    public IndexWriter Writer { get; }

    public SearcherManager Searchers { get; }

    public static IndexGeneration Create(string folder, Analyzer analyzer) => Open(folder, analyzer, OpenMode.CREATE);

    public static IndexGeneration OpenExisting(string folder, Analyzer analyzer) => Open(folder, analyzer, OpenMode.APPEND);

    /// <summary>Whether the folder holds an index this engine can open: one of the current <see cref="IndexFormat"/>.</summary>
    public static bool IsUsable(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return false;
        }

        using var directory = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(directory) && IndexFormat.IsCurrent(directory);
    }

    public bool TryLease()
    {
        for (var current = Volatile.Read(ref leases); current > 0; current = Volatile.Read(ref leases))
        {
            if (Interlocked.CompareExchange(ref leases, current + 1, current) == current)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends a lease; the engine's own lease ends when the generation is replaced or the engine disposed.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref leases) == 0)
        {
            Searchers.Dispose();
            Writer.Dispose();
            directory.Dispose();
            if (deleteWhenClosed)
            {
                IndexFolders.TryDelete(Folder);
            }
        }
    }

    /// <summary>Ends the engine's lease and deletes the folder once the last search on it is done.</summary>
    public void Retire()
    {
        deleteWhenClosed = true;
        Release();
    }

    public void Commit()
    {
        Writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    public static IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode) =>
        new(LuceneVersion.LUCENE_48, analyzer)
        {
            OpenMode = mode,
            Similarity = Bm25SearcherFactory.Similarity,
            // A rebuild writes a million clauses: a larger buffer flushes fewer, larger segments (less merging).
            // It is a ceiling, not an allocation; small changes use little of it.
            RAMBufferSizeMB = 128,
            // Separate files rather than compound ones: a rebuild then does not copy every segment once more.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        };

    private static IndexGeneration Open(string folder, Analyzer analyzer, OpenMode mode)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            var writer = new IndexWriter(directory, WriterConfig(analyzer, mode));
            if (mode == OpenMode.CREATE)
            {
                IndexFormat.Stamp(writer);
                writer.Commit();
            }

            return new IndexGeneration(folder, directory, writer);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }
}
