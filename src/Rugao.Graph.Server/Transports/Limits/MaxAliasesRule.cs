using GraphQL.Validation;
using GraphQLParser.AST;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Server.Transports.Limits;

/// <summary>Rejects a document with more aliased fields than the configured limit.</summary>
public sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var aliases = context.Document.Definitions
            .OfType<GraphQLExecutableDefinition>()
            .Sum(definition => CountAliases(definition.SelectionSet));
        if (aliases > maxAliases)
        {
            context.ReportError(new CodedValidationError(
                ErrorCatalog.TooManyAliases.With(aliases, maxAliases),
                context.Document.Source,
                context.Operation));
        }
        return default;
    }

    private static int CountAliases(GraphQLSelectionSet? selectionSet) =>
        (selectionSet?.Selections ?? []).Sum(selection => selection switch
        {
            GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
            GraphQLInlineFragment inline => CountAliases(inline.SelectionSet),
            _ => 0,
        });
}
