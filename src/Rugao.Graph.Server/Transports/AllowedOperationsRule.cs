using GraphQL.Validation;
using GraphQLParser.AST;
using Rugao.Graph.Errors;

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
                ErrorCatalog.OperationNotAllowed.With(type, policy.Transport),
                context.Document.Source,
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
