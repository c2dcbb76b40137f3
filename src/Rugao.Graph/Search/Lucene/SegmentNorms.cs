using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// A segment's encoded field lengths (norms) of one field as a byte per document, read once and kept while the
/// segment lives: scoring a posting is then an array read instead of a call into the norms reader.
/// </summary>
internal sealed class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SegmentNorms?>> Cache = new();

    private SegmentNorms(byte[] ofDoc, byte[] present)
    {
        OfDoc = ofDoc;
        Present = present;
    }

    public byte[] OfDoc { get; }

    /// <summary>The distinct norms the segment's documents have in the field.</summary>
    public byte[] Present { get; }

    /// <summary>The norms of <paramref name="field"/>, or null when the field has none in this segment.</summary>
    public static SegmentNorms? Of(AtomicReader reader, string field)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, SegmentNorms?>())
            .GetOrAdd(field, name => Read(reader, name));
    }

    private static SegmentNorms? Read(AtomicReader reader, string field)
    {
        if (reader.GetNormValues(field) is not { } values)
        {
            return null;
        }

        var norms = new byte[reader.MaxDoc];
        var present = new bool[256];
        for (var doc = 0; doc < norms.Length; doc++)
        {
            norms[doc] = (byte)values.Get(doc);
            present[norms[doc]] = true;
        }

        return new SegmentNorms(norms, [.. Enumerable.Range(0, 256).Where(n => present[n]).Select(n => (byte)n)]);
    }
}
