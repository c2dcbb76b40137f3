using GraphQLParser.AST;

namespace Rugao.Graph.Server.Transports.Limits;

/// <summary>
/// Measures how deeply fields nest in a selection set, following fragment spreads. Each fragment is measured
/// once, so a document that spreads the same fragment many times costs no more to measure.
/// </summary>
internal sealed class SelectionDepth(GraphQLDocument document)
{
    private readonly Dictionary<string, int> fragmentDepths = [];
    private readonly HashSet<string> fragmentsBeingMeasured = [];
    private Dictionary<string, GraphQLFragmentDefinition>? fragments;

    public int Of(GraphQLSelectionSet? selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var depth = selection switch
            {
                // Introspection is bounded by the schema and its standard query nests ofType many levels,
                // so it is measured as a single field.
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => 1,
                GraphQLField field => 1 + Of(field.SelectionSet),
                GraphQLInlineFragment inline => Of(inline.SelectionSet),
                GraphQLFragmentSpread spread => OfFragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private int OfFragment(string name)
    {
        if (fragmentDepths.TryGetValue(name, out var known))
        {
            return known;
        }
        // A cycle is reported by the NoFragmentCycles rule; here it only must not recurse forever.
        if (!fragmentsBeingMeasured.Add(name))
        {
            return 0;
        }

        var depth = Fragments().TryGetValue(name, out var fragment) ? Of(fragment.SelectionSet) : 0;
        fragmentsBeingMeasured.Remove(name);
        fragmentDepths[name] = depth;
        return depth;
    }

    private Dictionary<string, GraphQLFragmentDefinition> Fragments() =>
        fragments ??= document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(fragment => fragment.FragmentName.Name.StringValue)
            .ToDictionary(group => group.Key, group => group.First());
}
