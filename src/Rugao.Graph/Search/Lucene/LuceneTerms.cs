using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene;

/// <summary>The index terms of values that documents are indexed under and queries look up exactly.</summary>
internal static class LuceneTerms
{
    public static string Kind(SearchKind kind) => kind == SearchKind.Standard ? "standard" : "clause";

    /// <summary>Codes are matched on letters, digits and dots only, lower case: <c>GB/T 28220</c> → <c>gbt28220</c>.</summary>
    public static string Code(string text) =>
        string.Concat(QueryText.Normalize(text).Where(c => char.IsLetterOrDigit(c) || c == '.'));

    public static string ClauseNumber(string number) => QueryText.Normalize(number);

    /// <summary>
    /// The one term a standard ID is indexed under: the full-precision numeric term. Standard IDs are only ever looked
    /// up exactly (deletes, few-standard filters, a clause's standard), so no range terms are indexed.
    /// </summary>
    public static BytesRef StandardId(int id)
    {
        var term = new BytesRef(NumericUtils.BUF_SIZE_INT32);
        NumericUtils.Int32ToPrefixCoded(id, 0, term);
        return term;
    }
}
