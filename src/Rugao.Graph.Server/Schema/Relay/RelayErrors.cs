using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>The errors of IDs and paging, from the catalogue.</summary>
public static class RelayErrors
{
    public static ExecutionError InvalidId(string? value, string expectedType, string argument) =>
        ErrorCatalog.InvalidId.With(argument, expectedType, value).ToExecutionError();

    public static ExecutionError PageTooLarge(string argument, int requested, int max) =>
        ErrorCatalog.PageTooLarge.With(argument, requested, max).ToExecutionError();

    public static ExecutionError InvalidCursor(string argument) => ErrorCatalog.InvalidCursor.With(argument).ToExecutionError();

    public static ExecutionError FirstAndLast() => ErrorCatalog.InvalidPagingArguments.ToExecutionError();

    public static ExecutionError Negative(string argument) => ErrorCatalog.NegativePagingArgument.With(argument).ToExecutionError();
}
