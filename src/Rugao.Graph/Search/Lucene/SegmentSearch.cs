using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Scores and counts a query's matches segment by segment, several segments at once when cores are free, then merges
/// the pages and the per-standard counts. A rebuild leaves one large segment per core
/// (<see cref="LuceneSearchEngine.RebuildAsync"/>), so a query on an idle machine takes about one core's share of
/// the time. No thread ever waits for another: the caller and helper work items take segments from one counter, the
/// caller searches whatever nobody else has taken, and then awaits only segments being searched at that moment — a
/// helper the busy thread pool has not started yet finds nothing left and ends.
/// </summary>
internal static class SegmentSearch
{
    public static async Task<(TopDocs Top, StandardCountCollector Counts)> RunAsync(IndexSearcher searcher, Query query, Sort sort, int wanted)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopFieldDocs[leaves.Count];
        var counts = new StandardCountCollector[leaves.Count];
        var searched = Enumerable.Range(0, leaves.Count)
            .Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))
            .ToArray();
        var next = -1;

        void Drain()
        {
            for (var i = Interlocked.Increment(ref next); i < leaves.Count; i = Interlocked.Increment(ref next))
            {
                try
                {
                    Search(weight, leaves[i], sort, wanted, tops, counts, i);
                    searched[i].SetResult();
                }
                catch (Exception exception)
                {
                    searched[i].SetException(exception);
                }
            }
        }

        for (var helper = 1; helper < Math.Min(Environment.ProcessorCount, leaves.Count); helper++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Drain(), null);
        }

        Drain();
        await Task.WhenAll(searched.Select(s => s.Task)).ConfigureAwait(false);
        var merged = leaves.Count == 0 ? new TopDocs(0, [], float.NaN) : TopDocs.Merge(sort, wanted, tops);
        return (merged, StandardCountCollector.Sum(counts));
    }

    private static void Search(Weight weight, AtomicReaderContext leaf, Sort sort, int wanted,
        TopFieldDocs[] tops, StandardCountCollector[] counts, int index)
    {
        // Field values are kept (fillFields) so that the pages of different segments can be merged in order.
        var top = TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false,
            docsScoredInOrder: false);
        var count = new StandardCountCollector();
        var collector = MultiCollector.Wrap(top, count);
        collector.SetNextReader(leaf);
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs)?.Score(collector);
        tops[index] = (TopFieldDocs)top.GetTopDocs();
        counts[index] = count;
    }
}
