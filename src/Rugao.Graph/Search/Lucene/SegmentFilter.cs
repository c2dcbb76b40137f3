using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// What <see cref="SearchRequestFilter"/> allows in one segment: the documents of <see cref="Allowed"/> (bits, read
/// 64 at a time) and, when the request names many standards, only those whose standard ordinal
/// (<see cref="SegmentStandards"/>) <see cref="AllowedOrdinals"/> marks. When <see cref="Leads"/>, the allowed
/// documents are few (a few standards' documents) and the search walks them instead of the query's matches.
/// </summary>
internal sealed record SegmentFilter(FixedBitSet Allowed, bool[]? AllowedOrdinals, bool Leads)
{
    public bool Accepts(int doc, int[] ordinalOfDoc) =>
        Allowed.Get(doc) && (AllowedOrdinals is null || AllowedOrdinals[ordinalOfDoc[doc]]);
}
