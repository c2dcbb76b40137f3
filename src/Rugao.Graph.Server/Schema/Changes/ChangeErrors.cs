using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>The errors that end a change subscription, from the catalogue; each carries the cursor to resume from.</summary>
public static class ChangeErrors
{
    /// <summary>The subscriber fell too far behind; it resumes with <c>after: resumeAfter</c> and misses nothing.</summary>
    public static ExecutionError SubscriberTooSlow(string resumeAfter) => Resumable(ErrorCatalog.SubscriberTooSlow, resumeAfter);

    /// <summary>This server is stopping; the subscriber resumes on any server with <c>after: resumeAfter</c>.</summary>
    public static ExecutionError ServerStopping(string resumeAfter) => Resumable(ErrorCatalog.ServerStopping, resumeAfter);

    private static ExecutionError Resumable(ErrorCode code, string resumeAfter)
    {
        var error = code.With(resumeAfter).ToExecutionError();
        error.Data["resumeAfter"] = resumeAfter;
        return error;
    }
}
