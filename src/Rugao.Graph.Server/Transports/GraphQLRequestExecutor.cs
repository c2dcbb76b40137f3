using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL;
using Microsoft.Extensions.Options;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports.Limits;

namespace Rugao.Graph.Server.Transports;

/// <summary>
/// Runs one GraphQL request for any transport: applies the shared limits and the transport's operation
/// policy, executes against the schema registered in DI, and returns a result whose errors all carry
/// stable codes. It never throws for a bad request; it throws only when cancelled.
/// </summary>
public sealed partial class GraphQLRequestExecutor(
    IDocumentExecuter documentExecuter,
    IOptions<GraphQLLimitsOptions> limits,
    ILogger<GraphQLRequestExecutor> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request,
        OperationPolicy policy,
        IServiceProvider requestServices,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var result = await RunAsync(request, policy, requestServices, user, new Dictionary<string, object?>(), cancellationToken)
            ;
        ErrorCodeNormalizer.Normalize(result);
        return result;
    }

    private async Task<ExecutionResult> RunAsync(
        GraphQLRequest request,
        OperationPolicy policy,
        IServiceProvider requestServices,
        ClaimsPrincipal user,
        IDictionary<string, object?> userContext,
        CancellationToken cancellationToken)
    {
        var limit = limits.Value;
        if (request.Query is { } query && query.Length > limit.MaxQueryLength)
        {
            return Rejected(ErrorCatalog.QueryTooLong.With(query.Length, limit.MaxQueryLength));
        }

        return await documentExecuter.ExecuteAsync(new ExecutionOptions
        {
            Schema = requestServices.GetRequiredService<ISchema>(),
            Query = request.Query,
            OperationName = string.IsNullOrEmpty(request.OperationName) ? null : request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = requestServices,
            User = user,
            UserContext = userContext,
            CancellationToken = cancellationToken,
            ValidationRules = DocumentValidator.CoreRules.Concat(
            [
                new AllowedOperationsRule(policy),
                new MaxDepthRule(limit.MaxDepth),
                new MaxAliasesRule(limit.MaxAliases),
            ]),
            UnhandledExceptionDelegate = LogUnhandled,
        });
    }

    private static ExecutionResult Rejected(ErrorText error) => new() { Errors = [error.ToExecutionError()] };

    private Task LogUnhandled(UnhandledExceptionContext context)
    {
        logger.LogError(context.OriginalException,
            "Unhandled exception in GraphQL operation {OperationName} at field {Field}",
            context.ExecutionOptions.OperationName,
            context.FieldContext?.FieldDefinition.Name);
        return Task.CompletedTask;
    }
}
