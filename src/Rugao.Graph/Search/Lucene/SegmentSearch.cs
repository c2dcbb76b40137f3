using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Scores and counts a query's matches segment by segment, the large segments at the same time on different cores,
/// then merges the pages and the per-standard counts. A rebuild leaves one large segment per core
/// (<see cref="LuceneSearchEngine.RebuildAsync"/>), so a query on an idle machine takes about one core's share of
/// the time; under load the segments simply queue for the cores like any other work.
/// </summary>
internal static class SegmentSearch
{
    public static (TopDocs Top, StandardCountCollector Counts) Run(IndexSearcher searcher, Query query, Sort sort, int wanted)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var tops = new TopFieldDocs[leaves.Count];
        var counts = new StandardCountCollector[leaves.Count];
        if (leaves.Count > 1)
        {
            Parallel.For(0, leaves.Count, i => Search(weight, leaves[i], sort, wanted, tops, counts, i));
        }
        else if (leaves.Count == 1)
        {
            Search(weight, leaves[0], sort, wanted, tops, counts, 0);
        }

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
