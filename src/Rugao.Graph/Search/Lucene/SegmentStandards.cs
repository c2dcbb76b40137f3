using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Which standard each document of one segment belongs to, as a dense ordinal per document, so counting matches
/// per standard is an array increment. Built once per segment from the standard ID doc values and kept while the
/// segment lives.
/// </summary>
internal sealed class SegmentStandards
{
    private static readonly ConditionalWeakTable<object, SegmentStandards> Cache = new();

    private SegmentStandards(int[] ordinalOfDoc, int[] standardOfOrdinal)
    {
        OrdinalOfDoc = ordinalOfDoc;
        StandardOfOrdinal = standardOfOrdinal;
    }

    public int[] OrdinalOfDoc { get; }

    public int[] StandardOfOrdinal { get; }

    public static SegmentStandards Of(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Cache.GetValue(reader.CoreCacheKey, _ => Build(reader));
    }

    private static SegmentStandards Build(AtomicReader reader)
    {
        var values = reader.GetNumericDocValues(LuceneFields.StandardId);
        var ordinalOfDoc = new int[reader.MaxDoc];
        var ordinals = new Dictionary<int, int>();
        for (var doc = 0; doc < ordinalOfDoc.Length; doc++)
        {
            var standard = values is null ? 0 : (int)values.Get(doc);
            if (!ordinals.TryGetValue(standard, out var ordinal))
            {
                ordinal = ordinals.Count;
                ordinals.Add(standard, ordinal);
            }

            ordinalOfDoc[doc] = ordinal;
        }

        var standardOfOrdinal = new int[ordinals.Count];
        foreach (var (standard, ordinal) in ordinals)
        {
            standardOfOrdinal[ordinal] = standard;
        }

        return new SegmentStandards(ordinalOfDoc, standardOfOrdinal);
    }
}
