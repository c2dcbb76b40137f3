using GraphQL.Validation;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports.Limits;

/// <summary>Rejects an operation whose fields nest deeper than the configured limit.</summary>
public sealed class MaxDepthRule(int maxDepth) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var depth = new SelectionDepth(context.Document).Of(context.Operation.SelectionSet);
        if (depth > maxDepth)
        {
            context.ReportError(new CodedValidationError(
                ErrorCatalog.QueryTooDeep.With(depth, maxDepth),
                context.Document.Source,
                context.Operation));
        }
        return default;
    }
}
