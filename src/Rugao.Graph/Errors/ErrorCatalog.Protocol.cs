namespace Rugao.Graph.Errors;

/// <summary>
/// Codes of the transports and of GraphQL execution, spelled as Apollo Server and graphql-ws clients expect them.
/// Parse and validation errors keep GraphQL.NET's own message; only their code comes from here.
/// </summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode BadRequest = ErrorCode.Define("BAD_REQUEST",
        "请求体须为 JSON 对象：query 为字符串，operationName、variables、extensions 可选。"
        + "The body must be a JSON object with a string 'query', an optional string 'operationName' and optional object 'variables' and 'extensions'.");
    public static readonly ErrorCode QueryMissing = BadRequest.Variant("请求中没有 query 字符串。The request has no 'query' string.");
    public static readonly ErrorCode BadParameter = BadRequest.Variant("参数 {0} 无效。The '{0}' parameter {1}.");

    public static readonly ErrorCode GraphQLParseFailed = ErrorCode.Define("GRAPHQL_PARSE_FAILED", "文档无法解析。The document cannot be parsed.");

    public static readonly ErrorCode GraphQLValidationFailed = ErrorCode.Define("GRAPHQL_VALIDATION_FAILED",
        "文档不符合模式。The document does not validate against the schema.");

    public static readonly ErrorCode BadUserInput = ErrorCode.Define("BAD_USER_INPUT", "变量或参数的值无效。A variable or argument has an invalid value.");

    public static readonly ErrorCode OperationResolutionFailure = ErrorCode.Define("OPERATION_RESOLUTION_FAILURE",
        "无法确定要执行的操作。The operation to run cannot be determined.");

    public static readonly ErrorCode OperationNotAllowed = ErrorCode.Define("OPERATION_NOT_ALLOWED",
        "该类型的操作不能通过此传输方式执行。A {0} operation cannot be executed over {1}.");

    public static readonly ErrorCode QueryTooLong = ErrorCode.Define("QUERY_TOO_LONG",
        "文档长 {0} 个字符，最多允许 {1} 个。The document is {0} characters long; at most {1} are allowed.");

    public static readonly ErrorCode QueryTooDeep = ErrorCode.Define("QUERY_TOO_DEEP",
        "操作嵌套 {0} 层，最多允许 {1} 层。The operation nests {0} levels deep; at most {1} are allowed.");

    public static readonly ErrorCode QueryTooComplex = ErrorCode.Define("QUERY_TOO_COMPLEX", "操作过于复杂。The operation is too complex.");

    public static readonly ErrorCode TooManyAliases = ErrorCode.Define("TOO_MANY_ALIASES",
        "文档使用了 {0} 个别名，最多允许 {1} 个。The document uses {0} aliases; at most {1} are allowed.");

    public static readonly ErrorCode RequestTooLarge = ErrorCode.Define("REQUEST_TOO_LARGE",
        "请求体超过 {0} 字节。The request body is larger than {0} bytes.");

    public static readonly ErrorCode MethodNotAllowed = ErrorCode.Define("METHOD_NOT_ALLOWED",
        "仅接受 GET（查询）和 POST。GraphQL over HTTP accepts GET (queries) and POST.");
    public static readonly ErrorCode SseMethodNotAllowed = MethodNotAllowed.Variant(
        "仅接受 GET 和 POST，单连接模式另接受 PUT 和 DELETE。GraphQL over SSE accepts GET and POST, and PUT and DELETE in single connection mode.");

    public static readonly ErrorCode NotAcceptable = ErrorCode.Define("NOT_ACCEPTABLE",
        "Accept 须允许 UTF-8 的 application/graphql-response+json 或 application/json。"
        + "Accept must allow application/graphql-response+json or application/json in UTF-8.");
    public static readonly ErrorCode EventStreamNotAccepted = NotAcceptable.Variant(
        "此端点以事件流返回结果：请发送 Accept: text/event-stream。This endpoint streams results: send Accept: text/event-stream.");
    public static readonly ErrorCode TokenTextNotAccepted = NotAcceptable.Variant(
        "预留以 text/plain 返回令牌：Accept 须允许它。A reservation answers with its token as text/plain: Accept must allow it.");

    public static readonly ErrorCode UnsupportedMediaType = ErrorCode.Define("UNSUPPORTED_MEDIA_TYPE",
        "POST 请求体须以 Content-Type: application/json（UTF-8）发送。POST bodies must be sent as Content-Type: application/json (UTF-8).");

    public static readonly ErrorCode FieldError = ErrorCode.Define("FIELD_ERROR", "字段执行出错。A field failed to resolve.");

    public static readonly ErrorCode InternalServerError = ErrorCode.Define("INTERNAL_SERVER_ERROR",
        "服务器处理请求失败。The server failed to process the request.");
    public static readonly ErrorCode OperationFailed = InternalServerError.Variant("服务器运行该操作失败。The server failed to run the operation.");

    public static readonly ErrorCode TooManyOperations = ErrorCode.Define("TOO_MANY_OPERATIONS",
        "同一连接最多同时运行 {0} 个操作。At most {0} operations may run at once on one connection.");
}
