using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

public sealed partial class LuceneSearchEngine
{
    public async Task ReplaceStandardsAsync(IReadOnlyCollection<int> standardIds, IReadOnlyList<SearchDocument> documents,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(standardIds);
        ArgumentNullException.ThrowIfNull(documents);
        ObjectDisposedException.ThrowIf(disposed, this);
        // Converted before anything is written, so a bad document cannot leave a half-applied change behind.
        var repeated = new TokenCache(analyzer);
        var added = documents.Select(d => LuceneDocumentBuilder.Fresh(d, repeated)).ToList();
        var deleted = standardIds.Concat(documents.Select(d => d.StandardId)).Distinct()
            .Select(id => new Term(LuceneFields.StandardId, LuceneTerms.StandardId(id)))
            .ToArray();
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var generation = Lease();
            try
            {
                generation.Writer.DeleteDocuments(deleted);
                generation.Writer.AddDocuments(added);
                generation.Commit();
            }
            finally
            {
                generation.Release();
            }
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task RebuildAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var fresh = IndexGeneration.Create(folders.Next(), analyzer);
            try
            {
                await SegmentPerCoreBuild.WriteAsync(fresh.Writer, fresh.Folder, analyzer, documents, cancellationToken)
                    .ConfigureAwait(false);
                fresh.Commit();
                folders.MakeLive(fresh.Folder);
            }
            catch
            {
                fresh.Retire();
                throw;
            }

            Interlocked.Exchange(ref live, fresh)?.Retire();
        }
        finally
        {
            writes.Release();
        }
    }
}
