using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The non-scoring part of <see cref="SearchRequest"/> — visible on the day, of the kinds, of the standards — per
/// segment (<see cref="ForSegment"/>): the visible documents of the kinds as a bit set kept per segment and day
/// (<see cref="VisibleDocuments"/>), the standards as a flag per standard ordinal of the segment. An empty standard
/// set matches nothing; the set can hold thousands of IDs (every standard of an area). A set of a few standards is
/// the exception: their documents, listed from the standard-ID postings, lead and the query is asked only about them.
/// As a Lucene <see cref="Filter"/> it gives the same documents to any Lucene search.
/// </summary>
internal sealed class SearchRequestFilter : Filter
{
    /// <summary>Up to this many standards, their documents are listed first and the query checked against them.</summary>
    private const int FewStandards = 64;

    private readonly int day;
    private readonly IReadOnlyList<BytesRef>? kinds;
    private readonly HashSet<int>? standardIds;

    public SearchRequestFilter(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        day = IndexDays.Of(request.AsOf);
        kinds = request.Kinds is { Count: > 0 } wanted
            ? wanted.Distinct().Select(k => new BytesRef(LuceneTerms.Kind(k))).ToArray()
            : null;
        standardIds = request.StandardIds is { } ids ? [.. ids] : null;
    }

    /// <summary>
    /// Whether the allowed documents are few enough to lead: the search then walks them and asks the query only
    /// about them; otherwise the query leads and the filter is checked per match.
    /// </summary>
    private bool IsSelective => standardIds is { Count: > 0 and <= FewStandards };

    /// <summary>What the request allows in the segment, or null when it allows nothing there.</summary>
    public SegmentFilter? ForSegment(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        if (standardIds is { Count: 0 })
        {
            return null;
        }

        var visible = VisibleDocuments.Of(reader, day, kinds);
        if (IsSelective)
        {
            return DocumentsOfStandards(reader, visible) is { } few ? new SegmentFilter(few, null, Leads: true) : null;
        }

        if (standardIds is null)
        {
            return new SegmentFilter(visible, null, Leads: false);
        }

        var standardOfOrdinal = SegmentStandards.Of(reader).StandardOfOrdinal;
        var allowed = standardOfOrdinal.Select(standardIds.Contains).ToArray();
        return allowed.Contains(true) ? new SegmentFilter(visible, allowed, Leads: false) : null;
    }

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ForSegment(context) is not { } filter)
        {
            return null;
        }

        var ordinalOfDoc = SegmentStandards.Of(context.AtomicReader).OrdinalOfDoc;
        return new FieldCacheDocIdSet(context.AtomicReader.MaxDoc, acceptDocs, doc => filter.Accepts(doc, ordinalOfDoc));
    }

    /// <summary>The visible documents of the requested standards, from the postings of their IDs.</summary>
    private FixedBitSet? DocumentsOfStandards(AtomicReader reader, FixedBitSet visible)
    {
        FixedBitSet? documents = null;
        foreach (var id in standardIds!)
        {
            var postings = reader.GetTermDocsEnum(new Term(LuceneFields.StandardId, LuceneTerms.StandardId(id)));
            if (postings is null)
            {
                continue;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (visible.Get(doc))
                {
                    (documents ??= new FixedBitSet(reader.MaxDoc)).Set(doc);
                }
            }
        }

        return documents;
    }
}
