using System.Threading.Channels;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Builds a whole index as one segment per core: each core fills and merges an index of its own from a shared
/// queue of documents, and the parts are then added to the target as they are. Queries search those segments at the
/// same time (<see cref="SegmentSearch"/>), and the final merges run side by side instead of one merge of everything.
/// </summary>
internal static class SegmentPerCoreBuild
{
    private const int QueuedDocuments = 1024;

    /// <summary>
    /// Each part's writer may buffer up to 128 MB before it flushes: more parts than this would cost memory for
    /// little gain.
    /// </summary>
    private const int MaxParts = 8;

    /// <param name="target">The new generation's writer; it receives the parts' segments.</param>
    /// <param name="folder">The generation's folder; the parts are written beside it and deleted afterwards.</param>
    public static async Task WriteAsync(IndexWriter target, string folder, Analyzer analyzer,
        IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var parts = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, MaxParts))
            .Select(i => $"{folder}-part{i}")
            .ToList();
        try
        {
            var queue = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(QueuedDocuments) { SingleWriter = true });
            var repeated = new TokenCache(analyzer);
            var writers = parts.Select(part => Task.Run(() => WritePartAsync(part, analyzer, queue, repeated, cancellationToken),
                CancellationToken.None)).ToList();
            try
            {
                await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    await queue.Writer.WriteAsync(document, cancellationToken).ConfigureAwait(false);
                }

                queue.Writer.Complete();
            }
            catch (Exception exception)
            {
                queue.Writer.TryComplete(exception);
                throw;
            }
            finally
            {
                // The parts' writers are closed before anything else touches their folders, whatever happened.
                await Task.WhenAll(writers).ConfigureAwait(false);
            }

            var directories = parts.Select(part => FSDirectory.Open(part)).ToArray();
            try
            {
                target.AddIndexes(directories);
            }
            finally
            {
                foreach (var directory in directories)
                {
                    directory.Dispose();
                }
            }
        }
        finally
        {
            parts.ForEach(IndexFolders.TryDelete);
        }
    }

    private static async Task WritePartAsync(string folder, Analyzer analyzer, Channel<SearchDocument> queue,
        TokenCache repeated, CancellationToken cancellationToken)
    {
        try
        {
            using var directory = FSDirectory.Open(folder);
            using var writer = new IndexWriter(directory, IndexGeneration.WriterConfig(analyzer, OpenMode.CREATE));
            using var builder = new LuceneDocumentBuilder(repeated);
            await foreach (var document in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                writer.AddDocument(builder.Build(document));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }
        catch (Exception exception)
        {
            // Stops the reader of the database too, instead of leaving it waiting on a queue nobody empties.
            queue.Writer.TryComplete(exception);
            throw;
        }
    }
}
