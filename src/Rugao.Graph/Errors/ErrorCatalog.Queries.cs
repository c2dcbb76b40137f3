namespace Rugao.Graph.Errors;

/// <summary>Arguments of queries the API refuses: IDs, paging, and the things they name.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode InvalidId = ErrorCode.Define("INVALID_ID",
        "不是有效的 {1} ID。'{0}' is not a valid {1} ID: '{2}'.");

    public static readonly ErrorCode PageTooLarge = ErrorCode.Define("PAGE_TOO_LARGE",
        "每页最多 {2} 条。'{0}' asks for {1} items; at most {2} per page.");

    public static readonly ErrorCode InvalidCursor = ErrorCode.Define("INVALID_CURSOR",
        "游标无效。'{0}' is not a cursor this API issued.");
    public static readonly ErrorCode WebhookCursorInvalid = InvalidCursor.Variant(
        "游标无效或超出变更日志末尾。The cursor is malformed or lies beyond the end of the change log.");

    public static readonly ErrorCode CursorBeyondLogEnd = InvalidCursor.Variant(
        "游标超出变更日志末尾。'{0}' lies beyond the end of the change log; read changeLog.upToDateAsOf for the current end.");

    public static readonly ErrorCode InvalidPagingArguments = ErrorCode.Define("INVALID_PAGING_ARGUMENTS",
        "first 与 last 不能同时使用。Give 'first' or 'last', not both.");
    public static readonly ErrorCode MixedPagingDirections = InvalidPagingArguments.Variant(
        "读较新的变更用 first/after，读较早的变更用 last/before，二者不可混用。Read forwards with first/after or backwards with last/before, not both.");
    public static readonly ErrorCode NegativePagingArgument = InvalidPagingArguments.Variant(
        "{0} 不能为负数。'{0}' must not be negative.");

    public static readonly ErrorCode InvalidArguments = ErrorCode.Define("INVALID_ARGUMENTS",
        "id 与 code 须且只须提供一个。Give exactly one of 'id' and 'code'.");

    public static readonly ErrorCode StandardNotFound = ErrorCode.Define("STANDARD_NOT_FOUND", "未找到该标准。No standard {0}.");

    public static readonly ErrorCode VersionNotFound = ErrorCode.Define("VERSION_NOT_FOUND",
        "未找到该版本。'{0}' names no published version.");

    public static readonly ErrorCode DiffAcrossStandards = ErrorCode.Define("DIFF_ACROSS_STANDARDS",
        "只能比较同一标准的不同版本。{0} and {1} are versions of different standards; only versions of one standard can be compared.");

    public static readonly ErrorCode CatalogEditionNotFound = ErrorCode.Define("CATALOG_EDITION_NOT_FOUND",
        "未找到该清单版本。No catalog edition '{0}'.");
}
