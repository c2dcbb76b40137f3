namespace Rugao.Graph.Search.Elasticsearch;

/// <summary>
/// Keyword values as both engines write and look them up, computed here rather than by index normalizers so the
/// same C# decides what matches on either engine.
/// </summary>
internal static class ElasticsearchTerms
{
    public static string Kind(SearchKind kind) => kind == SearchKind.Standard ? "standard" : "clause";

    /// <summary>Codes are matched on letters, digits and dots only, lower case: <c>GB/T 28220</c> → <c>gbt28220</c>.</summary>
    public static string Code(string text) =>
        string.Concat(QueryText.Normalize(text).Where(c => char.IsLetterOrDigit(c) || c == '.'));

    public static string ClauseNumber(string number) => QueryText.Normalize(number);

    /// <summary>A query term that can be a code number (<c>28220</c>, <c>24421.2</c>).</summary>
    public static bool IsCodeNumber(string term) =>
        term.Length > 0 && char.IsAsciiDigit(term[0]) && term.All(c => char.IsAsciiDigit(c) || c == '.');

    // A bare number is more often a quantity (12 次, 85%) than a chapter, so only dotted numbers count.
    public static bool IsClauseNumber(string term) =>
        term.Contains('.', StringComparison.Ordinal) && Clauses.ClauseNumber.TryParse(term.ToUpperInvariant(), out _, out _);
}
