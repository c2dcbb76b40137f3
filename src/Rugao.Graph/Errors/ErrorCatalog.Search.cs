namespace Rugao.Graph.Errors;

/// <summary>Searches the service refuses.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode SearchQueryEmpty = ErrorCode.Define("SEARCH_QUERY_EMPTY", "请输入检索词。The search text is empty.");
    public static readonly ErrorCode SearchQueryOnlySymbols = SearchQueryEmpty.Variant(
        "检索词只有标点或符号，请输入文字、标准编号或条款号。The search text holds only punctuation or symbols; type words, a code or a clause number.");

    public static readonly ErrorCode SearchQueryTooLong = ErrorCode.Define("SEARCH_QUERY_TOO_LONG",
        "检索词超过 {0} 个字符。The search text is longer than {0} characters.");
    public static readonly ErrorCode SearchPrefixTooLong = SearchQueryTooLong.Variant("输入过长。The prefix is too long.");

    public static readonly ErrorCode SearchPageTooDeep = ErrorCode.Define("SEARCH_PAGE_TOO_DEEP",
        "只能翻阅前 {0} 条结果，请缩小检索范围。Results beyond the first {0} cannot be paged to; narrow the search.");

    public static readonly ErrorCode SearchUnavailable = ErrorCode.Define("SEARCH_UNAVAILABLE",
        "检索服务暂不可用，其他功能不受影响。Search is unavailable for the moment; everything else works.");
    public static readonly ErrorCode SuggestUnavailable = SearchUnavailable.Variant("检索服务暂不可用。Search is unavailable for the moment.");
}
