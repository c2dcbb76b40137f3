namespace Rugao.Graph.Errors;

/// <summary>Refusals of graphql-sse's single connection mode, and the credentials of the connections that stream.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode StreamNotFound = ErrorCode.Define("STREAM_NOT_FOUND",
        "此令牌下没有预留的事件流，请先用 PUT 预留。No event stream is reserved under this token; reserve one with PUT.");

    public static readonly ErrorCode StreamAlreadyOpen = ErrorCode.Define("STREAM_ALREADY_OPEN",
        "此令牌的事件流已打开，只能有一个。An event stream is already open for this token; only one may be.");

    public static readonly ErrorCode TooManyStreams = ErrorCode.Define("TOO_MANY_STREAMS",
        "事件流预留已满，请稍后再试或改用多连接模式。"
        + "This server holds as many event stream reservations as it may; try again later, or use distinct connections mode.");

    public static readonly ErrorCode OperationIdMissing = ErrorCode.Define("OPERATION_ID_MISSING",
        "单连接模式须给出操作 ID。"
        + "Single connection mode needs the operation's ID: in extensions.operationId, or as ?operationId= to stop it.");

    public static readonly ErrorCode OperationIdInUse = ErrorCode.Define("OPERATION_ID_IN_USE",
        "该 ID 的操作已在此事件流上运行。An operation with this ID is already running on the stream.");
}
