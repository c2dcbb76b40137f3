using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Counts the matches of one segment per standard: an array increment per match (<see cref="SegmentStandards"/>).
/// The segments' counts are added up per reader (<see cref="Sum"/>).
/// </summary>
internal sealed class StandardCountCollector
{
    private readonly int leaf;
    private readonly int[] ordinalOfDoc;
    private readonly int[] counts;

    public StandardCountCollector(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        leaf = context.Ord;
        var segment = SegmentStandards.Of(context.AtomicReader);
        ordinalOfDoc = segment.OrdinalOfDoc;
        counts = new int[segment.StandardOfOrdinal.Length];
    }

    public int Total { get; private set; }

    public void Collect(int doc)
    {
        Total++;
        counts[ordinalOfDoc[doc]]++;
    }

    /// <summary>The total and per-standard counts of the segments of <paramref name="reader"/> searched apart.</summary>
    public static (int Total, StandardCounts ByStandard) Sum(IndexReader reader, IEnumerable<StandardCountCollector> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var standards = ReaderStandards.Of(reader);
        var sum = new int[standards.StandardIds.Length];
        var total = 0;
        foreach (var segment in segments)
        {
            total += segment.Total;
            var index = standards.IndexOfOrdinal[segment.leaf];
            for (var ordinal = 0; ordinal < segment.counts.Length; ordinal++)
            {
                sum[index[ordinal]] += segment.counts[ordinal];
            }
        }

        return (total, new StandardCounts(standards.StandardIds, sum));
    }
}
