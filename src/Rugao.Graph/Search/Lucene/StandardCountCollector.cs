using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Counts every match per standard beside the collector that keeps the page: an array increment per match within a
/// segment (<see cref="SegmentStandards"/>), folded into per-standard totals when the segment is done.
/// </summary>
internal sealed class StandardCountCollector : ICollector
{
    private readonly Dictionary<int, int> counts = [];
    private SegmentStandards? segment;
    private int[] segmentCounts = [];

    public int Total { get; private set; }

    /// <summary>The counts per standard; read once the search is done.</summary>
    public IReadOnlyDictionary<int, int> ByStandard
    {
        get
        {
            Fold();
            return counts;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>One collector holding the totals of <paramref name="parts"/> (segments searched apart).</summary>
    public static StandardCountCollector Sum(IEnumerable<StandardCountCollector> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = new StandardCountCollector();
        foreach (var part in parts)
        {
            sum.Total += part.Total;
            foreach (var (standard, count) in part.ByStandard)
            {
                sum.counts[standard] = sum.counts.GetValueOrDefault(standard) + count;
            }
        }

        return sum;
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Fold();
        segment = SegmentStandards.Of(context.AtomicReader);
        segmentCounts = new int[segment.StandardOfOrdinal.Length];
    }

    public void Collect(int doc)
    {
        Total++;
        segmentCounts[segment!.OrdinalOfDoc[doc]]++;
    }

    private void Fold()
    {
        if (segment is null)
        {
            return;
        }

        for (var ordinal = 0; ordinal < segmentCounts.Length; ordinal++)
        {
            if (segmentCounts[ordinal] > 0)
            {
                counts[segment.StandardOfOrdinal[ordinal]] = counts.GetValueOrDefault(segment.StandardOfOrdinal[ordinal]) + segmentCounts[ordinal];
            }
        }

        segment = null;
    }
}
