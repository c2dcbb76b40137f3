using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Every standard of an index reader in ID order, and for each segment where its standard ordinals
/// (<see cref="SegmentStandards"/>) fall in that order, so the counts of segments searched apart add up as arrays.
/// Built once per reader.
/// </summary>
internal sealed class ReaderStandards
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderStandards> Cache = new();

    private ReaderStandards(int[] standardIds, int[][] indexOfOrdinal)
    {
        StandardIds = standardIds;
        IndexOfOrdinal = indexOfOrdinal;
    }

    /// <summary>The reader's standard IDs, ascending.</summary>
    public int[] StandardIds { get; }

    /// <summary>Per segment (by its position among the reader's leaves), the index in <see cref="StandardIds"/> of each of its standard ordinals.</summary>
    public int[][] IndexOfOrdinal { get; }

    public static ReaderStandards Of(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader, Build);
    }

    private static ReaderStandards Build(IndexReader reader)
    {
        var segments = reader.Leaves.Select(leaf => SegmentStandards.Of(leaf.AtomicReader)).ToList();
        var ids = segments.SelectMany(s => s.StandardOfOrdinal).Distinct().Order().ToArray();
        var indexOfOrdinal = segments
            .Select(s => s.StandardOfOrdinal.Select(standard => Array.BinarySearch(ids, standard)).ToArray())
            .ToArray();
        return new ReaderStandards(ids, indexOfOrdinal);
    }
}
