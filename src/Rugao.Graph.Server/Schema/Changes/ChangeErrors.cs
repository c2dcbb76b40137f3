using GraphQL;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>Stable error codes of the change feed and subscription.</summary>
public static class ChangeErrors
{
    public const string SubscriberTooSlowCode = "SUBSCRIBER_TOO_SLOW";
    public const string ServerStoppingCode = "SERVER_STOPPING";

    /// <summary>The subscriber fell too far behind; it resumes with <c>after: resumeAfter</c> and misses nothing.</summary>
    public static ExecutionError SubscriberTooSlow(string resumeAfter)
    {
        var error = new ExecutionError(
            $"The subscriber fell too far behind and was dropped; subscribe again with after: \"{resumeAfter}\" to miss nothing. "
            + "订阅端接收过慢已被断开，请以该游标作为 after 重新订阅。")
        {
            Code = SubscriberTooSlowCode,
        };
        error.Data["resumeAfter"] = resumeAfter;
        return error;
    }

    /// <summary>This server is stopping; the subscriber resumes on any server with <c>after: resumeAfter</c>.</summary>
    public static ExecutionError ServerStopping(string resumeAfter)
    {
        var error = new ExecutionError(
            $"The server is stopping; subscribe again (here or on another server) with after: \"{resumeAfter}\" to miss nothing. "
            + "服务器正在停止，请以该游标作为 after 重新订阅。")
        {
            Code = ServerStoppingCode,
        };
        error.Data["resumeAfter"] = resumeAfter;
        return error;
    }
}
