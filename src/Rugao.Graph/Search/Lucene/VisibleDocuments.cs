using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The documents of a segment visible on a day and of the wanted kinds, as a bit set kept while the segment lives:
/// searches ask about the same few days (mostly today), so a match is then checked 64 at a time instead of by
/// reading two dates and a kind for each. A handful of (day, kinds) sets are kept per segment.
/// </summary>
internal static class VisibleDocuments
{
    private const int KeptPerSegment = 8;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(int Day, string Kinds), FixedBitSet>> Cache = new();

    /// <param name="kinds">The wanted kinds' index terms, or null for every kind.</param>
    public static FixedBitSet Of(AtomicReader reader, int day, IReadOnlyList<BytesRef>? kinds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kept = Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<(int, string), FixedBitSet>());
        var key = (day, kinds is null ? "" : string.Join('|', kinds.Select(k => k.Utf8ToString()).Order(StringComparer.Ordinal)));
        if (kept.TryGetValue(key, out var visible))
        {
            return visible;
        }

        if (kept.Count >= KeptPerSegment)
        {
            kept.Clear();
        }

        return kept.GetOrAdd(key, _ => Build(reader, day, kinds));
    }

    private static FixedBitSet Build(AtomicReader reader, int day, IReadOnlyList<BytesRef>? kinds)
    {
        var visible = new FixedBitSet(reader.MaxDoc);
        if (reader.GetNumericDocValues(LuceneFields.VisibleFrom) is not { } from
            || reader.GetNumericDocValues(LuceneFields.VisibleTo) is not { } to)
        {
            return visible;
        }

        SortedDocValues? kindOfDoc = null;
        HashSet<int>? kindOrdinals = null;
        if (kinds is not null)
        {
            var values = kindOfDoc = FieldCache.DEFAULT.GetTermsIndex(reader, LuceneFields.Kind);
            kindOrdinals = kinds.Select(values.LookupTerm).Where(ord => ord >= 0).ToHashSet();
        }

        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (from.Get(doc) <= day && to.Get(doc) >= day && (kindOrdinals is null || kindOrdinals.Contains(kindOfDoc!.GetOrd(doc))))
            {
                visible.Set(doc);
            }
        }

        return visible;
    }
}
