using GraphQL.Validation;
using GraphQLParser.AST;

namespace Rugao.Graph.Server.Transports;

/// <summary>
/// Refuses an operation type the transport does not carry (a mutation over HTTP GET, a subscription over
/// HTTP POST). Done as a validation rule so the document is parsed once and nothing executes.
/// </summary>
public sealed class AllowedOperationsRule(OperationPolicy policy) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (!policy.Allowed.HasFlag(FlagOf(operation.Operation)))
        {
            var type = operation.Operation.ToString().ToLowerInvariant();
            context.ReportError(new CodedValidationError(
                GraphQLErrorCodes.OperationNotAllowed,
                context.Document.Source,
                $"A {type} operation cannot be executed over {policy.Transport}.",
                operation));
        }
        return default;
    }

    private static AllowedOperations FlagOf(OperationType type) => type switch
    {
        OperationType.Query => AllowedOperations.Query,
        OperationType.Mutation => AllowedOperations.Mutation,
        OperationType.Subscription => AllowedOperations.Subscription,
        _ => AllowedOperations.None,
    };
}
