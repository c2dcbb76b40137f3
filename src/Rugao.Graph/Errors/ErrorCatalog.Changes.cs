namespace Rugao.Graph.Errors;

/// <summary>Ends of a change subscription; the subscriber resumes from the cursor it is given and misses nothing.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode SubscriberTooSlow = ErrorCode.Define("SUBSCRIBER_TOO_SLOW",
        "订阅端接收过慢已被断开，请以该游标作为 after 重新订阅。"
        + "The subscriber fell too far behind and was dropped; subscribe again with after: \"{0}\" to miss nothing.");

    public static readonly ErrorCode ServerStopping = ErrorCode.Define("SERVER_STOPPING",
        "服务器正在停止，请以该游标作为 after 重新订阅。"
        + "The server is stopping; subscribe again (here or on another server) with after: \"{0}\" to miss nothing.");
}
