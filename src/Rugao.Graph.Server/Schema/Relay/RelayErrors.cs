using GraphQL;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>Stable error codes of IDs and paging.</summary>
public static class RelayErrors
{
    public const string InvalidIdCode = "INVALID_ID";
    public const string PageTooLargeCode = "PAGE_TOO_LARGE";
    public const string InvalidCursorCode = "INVALID_CURSOR";
    public const string InvalidPagingCode = "INVALID_PAGING_ARGUMENTS";

    public static ExecutionError InvalidId(string? value, string expectedType, string argument) =>
        new($"'{argument}' is not a valid {expectedType} ID: '{value}'. 不是有效的 {expectedType} ID。")
        {
            Code = InvalidIdCode,
        };

    public static ExecutionError PageTooLarge(string argument, int requested, int max) =>
        new($"'{argument}' asks for {requested} items; at most {max} per page. 每页最多 {max} 条。") { Code = PageTooLargeCode };

    public static ExecutionError InvalidCursor(string argument) =>
        new($"'{argument}' is not a cursor this API issued. 游标无效。") { Code = InvalidCursorCode };

    public static ExecutionError InvalidPaging(string message) => new(message) { Code = InvalidPagingCode };
}
