using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors.Custom;

namespace Rugao.Graph.Server.Transports;

/// <summary>
/// Gives every error in a result one of our stable codes in place of GraphQL.NET's per-rule codes, and
/// replaces errors from unexpected exceptions with a fresh error that carries neither the exception's
/// message, type nor data (the executor has logged the exception).
/// </summary>
internal static class ErrorCodeNormalizer
{
    private static readonly System.Reflection.Assembly GraphQLAssembly = typeof(ExecutionError).Assembly;

    public static void Normalize(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return;
        }

        var normalized = new ExecutionErrors();
        foreach (var error in errors)
        {
            normalized.Add(Normalize(error));
        }

        result.Errors = normalized;
    }

    private static ExecutionError Normalize(ExecutionError error)
    {
        switch (error)
        {
            case UnhandledError:
                return Masked(error);
            case SyntaxError:
                error.Code = GraphQLErrorCodes.ParseFailed;
                break;
            case InvalidVariableError:
                error.Code = GraphQLErrorCodes.BadUserInput;
                break;
            case ComplexityError:
                error.Code = GraphQLErrorCodes.QueryTooComplex;
                break;
            // Rules from outside GraphQL.NET (ours, later security rules) already chose their code.
            case ValidationError when error.GetType().Assembly == GraphQLAssembly || error.Code is null:
                error.Code = GraphQLErrorCodes.ValidationFailed;
                break;
            case NoOperationError or NoOperationNameError or InvalidOperationNameError or InvalidOperationError:
                error.Code = GraphQLErrorCodes.OperationResolutionFailure;
                break;
            case RequestError when error.GetType().Assembly == GraphQLAssembly:
                error.Code = GraphQLErrorCodes.BadRequest;
                break;
            default:
                error.Code ??= GraphQLErrorCodes.FieldError;
                break;
        }
        return error;
    }

    private static ExecutionError Masked(ExecutionError error)
    {
        var masked = new ExecutionError(error.Message) { Code = GraphQLErrorCodes.InternalServerError, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            masked.AddLocation(location);
        }

        return masked;
    }
}
