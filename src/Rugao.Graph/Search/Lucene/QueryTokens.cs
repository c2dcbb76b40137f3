using Rugao.Graph.Clauses;

namespace Rugao.Graph.Search.Lucene;

/// <summary>Which of a query's terms can be a code number (<c>28220</c>, <c>24421.2</c>) or a clause number (<c>5.2.1</c>).</summary>
internal static class QueryTokens
{
    public static bool IsCodeNumber(string term) =>
        term.Length > 0 && char.IsAsciiDigit(term[0]) && term.All(c => char.IsAsciiDigit(c) || c == '.');

    // A bare number is more often a quantity (12 次, 85%) than a chapter, so only dotted numbers count.
    public static bool IsClauseNumber(string term) =>
        term.Contains('.', StringComparison.Ordinal) && ClauseNumber.TryParse(term.ToUpperInvariant(), out _, out _);
}
