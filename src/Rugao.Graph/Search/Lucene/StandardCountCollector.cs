using System.Buffers;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Counts the matches of one segment per standard: an array increment per match (<see cref="SegmentStandards"/>).
/// The segments' counts are added up per reader (<see cref="Sum"/>). The arrays have an entry per standard of the
/// segment — tens of thousands, beyond the large-object threshold — so they are rented from the shared pool and
/// returned by <see cref="Sum"/>: allocated afresh for every search, they made the collector run full collections.
/// </summary>
internal sealed class StandardCountCollector
{
    private readonly int leaf;
    private readonly int[] ordinalOfDoc;
    private readonly int length;
    private int[] counts;

    public StandardCountCollector(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        leaf = context.Ord;
        var segment = SegmentStandards.Of(context.AtomicReader);
        ordinalOfDoc = segment.OrdinalOfDoc;
        length = segment.StandardOfOrdinal.Length;
        counts = ArrayPool<int>.Shared.Rent(length);
        Array.Clear(counts, 0, length);
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
        var sum = ArrayPool<int>.Shared.Rent(standards.StandardIds.Length);
        try
        {
            Array.Clear(sum, 0, standards.StandardIds.Length);
            var total = 0;
            foreach (var segment in segments)
            {
                total += segment.Total;
                var index = standards.IndexOfOrdinal[segment.leaf];
                for (var ordinal = 0; ordinal < segment.length; ordinal++)
                {
                    sum[index[ordinal]] += segment.counts[ordinal];
                }

                segment.Release();
            }

            return (total, new StandardCounts(standards.StandardIds, sum));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(sum);
        }
    }

    /// <summary>Gives the counts back to the pool; the collector counts nothing more.</summary>
    private void Release()
    {
        ArrayPool<int>.Shared.Return(counts);
        counts = [];
    }
}
