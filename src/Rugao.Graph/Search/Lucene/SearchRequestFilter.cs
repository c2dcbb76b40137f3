using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The non-scoring part of <see cref="SearchRequest"/> — visible on the day, of the kinds, of the standards — checked
/// document by document against per-segment field caches. Checked for each match of the query, it costs a few
/// array reads per match instead of a pass over every document of the index per search. An empty standard set
/// matches nothing; the set can hold thousands of IDs (every standard of an area). A set of a few standards is the
/// exception: their documents, listed from the standard-ID postings, lead and the query is asked only about them.
/// </summary>
internal sealed class SearchRequestFilter : Filter
{
    /// <summary>Up to this many standards, their documents are listed first and the query checked against them.</summary>
    private const int FewStandards = 64;

    private readonly int day;
    private readonly BytesRef[]? kinds;
    private readonly HashSet<int>? standardIds;

    public SearchRequestFilter(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        day = IndexDays.Of(request.AsOf);
        kinds = request.Kinds is { Count: > 0 } wanted
            ? wanted.Distinct().Select(k => new BytesRef(LuceneDocumentWriter.KindTerm(k))).ToArray()
            : null;
        standardIds = request.StandardIds is { } ids ? [.. ids] : null;
    }

    /// <summary>
    /// Whether the allowed documents are few enough to lead: the search then walks them (<see cref="GetDocIdSet"/>
    /// gives a bit set) and asks the query only about them; otherwise the query leads and the filter is checked per match.
    /// </summary>
    public bool IsSelective => standardIds is { Count: > 0 and <= FewStandards };

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.AtomicReader;
        if (standardIds is { Count: 0 })
        {
            return null;
        }

        var from = FieldCache.DEFAULT.GetInt32s(reader, LuceneFields.VisibleFrom, FieldCache.NUMERIC_UTILS_INT32_PARSER, false);
        var to = FieldCache.DEFAULT.GetInt32s(reader, LuceneFields.VisibleTo, FieldCache.NUMERIC_UTILS_INT32_PARSER, false);
        var kindOrds = KindOrdinals(reader, out var kindsOfDocs);
        if (kindOrds is { Count: 0 })
        {
            return null;
        }

        bool Visible(int doc) =>
            from.Get(doc) <= day && to.Get(doc) >= day && (kindOrds is null || kindOrds.Contains(kindsOfDocs!.GetOrd(doc)));

        if (IsSelective)
        {
            return DocumentsOfStandards(reader, acceptDocs, Visible);
        }

        var standards = standardIds is null ? null : reader.GetNumericDocValues(LuceneFields.StandardId);
        return new FieldCacheDocIdSet(reader.MaxDoc, acceptDocs, doc =>
            Visible(doc) && (standardIds is null || (standards is not null && standardIds.Contains((int)standards.Get(doc)))));
    }

    /// <summary>The visible documents of the requested standards, from the postings of their IDs.</summary>
    private FixedBitSet? DocumentsOfStandards(AtomicReader reader, IBits acceptDocs, Func<int, bool> visible)
    {
        FixedBitSet? documents = null;
        var term = new BytesRef(NumericUtils.BUF_SIZE_INT32);
        foreach (var id in standardIds!)
        {
            NumericUtils.Int32ToPrefixCoded(id, 0, term);
            var postings = reader.GetTermDocsEnum(new Term(LuceneFields.StandardId, term));
            if (postings is null)
            {
                continue;
            }

            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if ((acceptDocs is null || acceptDocs.Get(doc)) && visible(doc))
                {
                    (documents ??= new FixedBitSet(reader.MaxDoc)).Set(doc);
                }
            }
        }

        return documents;
    }

    /// <summary>The ordinals of the wanted kinds in this segment, or null when every kind is wanted.</summary>
    private HashSet<int>? KindOrdinals(AtomicReader reader, out SortedDocValues? kindsOfDocs)
    {
        kindsOfDocs = null;
        if (kinds is null)
        {
            return null;
        }

        kindsOfDocs = FieldCache.DEFAULT.GetTermsIndex(reader, LuceneFields.Kind);
        var values = kindsOfDocs;
        return kinds.Select(values.LookupTerm).Where(ord => ord >= 0).ToHashSet();
    }
}
