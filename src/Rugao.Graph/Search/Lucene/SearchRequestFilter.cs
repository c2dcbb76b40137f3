using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The non-scoring part of <see cref="SearchRequest"/> — visible on the day, of the kinds, of the standards — checked
/// document by document against per-segment field caches. Applied query-first (<see cref="Apply"/>), it costs a few
/// array reads per match instead of a pass over every document of the index per search. An empty standard set
/// matches nothing; the set can hold thousands of IDs (every standard of an area).
/// </summary>
internal sealed class SearchRequestFilter : Filter
{
    private readonly int day;
    private readonly BytesRef[]? kinds;
    private readonly HashSet<int>? standardIds;

    private SearchRequestFilter(SearchRequest request)
    {
        day = IndexDays.Of(request.AsOf);
        kinds = request.Kinds is { Count: > 0 } wanted
            ? wanted.Distinct().Select(k => new BytesRef(LuceneDocumentWriter.KindTerm(k))).ToArray()
            : null;
        standardIds = request.StandardIds is { } ids ? [.. ids] : null;
    }

    /// <summary>The query restricted to what the request allows, its scores unchanged.</summary>
    public static Query Apply(Query query, SearchRequest request) =>
        new FilteredQuery(query, new SearchRequestFilter(request), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

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

        var standards = standardIds is null ? null : reader.GetNumericDocValues(LuceneFields.StandardId);
        return new FieldCacheDocIdSet(reader.MaxDoc, acceptDocs, doc =>
            from.Get(doc) <= day && to.Get(doc) >= day
            && (kindOrds is null || kindOrds.Contains(kindsOfDocs!.GetOrd(doc)))
            && (standardIds is null || (standards is not null && standardIds.Contains((int)standards.Get(doc)))));
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
