using GraphQL;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports;

/// <summary>Raises a catalogue error as a top-level GraphQL error with <c>extensions.code</c>.</summary>
public static class CatalogErrors
{
    public static ExecutionError ToExecutionError(this ErrorText error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ExecutionError(error.Message) { Code = error.Code };
    }

    public static ExecutionError ToExecutionError(this ErrorCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.With().ToExecutionError();
    }
}
