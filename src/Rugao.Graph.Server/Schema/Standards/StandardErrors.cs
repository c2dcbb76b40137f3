using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The errors of the standards queries, from the catalogue.</summary>
public static class StandardErrors
{
    /// <summary><paramref name="reason"/> is the catalogue message <c>StandardCode.TryParse</c> gave.</summary>
    public static ExecutionError InvalidCode(string reason) => new ErrorText(ErrorCatalog.InvalidStandardCode.Code, reason).ToExecutionError();

    /// <summary><paramref name="reason"/> is the catalogue message <c>ClauseNumber.TryParse</c> gave.</summary>
    public static ExecutionError InvalidClauseNumber(string reason) =>
        new ErrorText(ErrorCatalog.InvalidClauseNumber.Code, reason).ToExecutionError();

    public static ExecutionError NotFound(string what) => ErrorCatalog.StandardNotFound.With(what).ToExecutionError();

    public static ExecutionError IdOrCode() => ErrorCatalog.InvalidArguments.ToExecutionError();

    public static ExecutionError VersionNotFound(string argument) => ErrorCatalog.VersionNotFound.With(argument).ToExecutionError();

    public static ExecutionError DiffAcrossStandards(string code, string otherCode) =>
        ErrorCatalog.DiffAcrossStandards.With(code, otherCode).ToExecutionError();
}
