using System.Globalization;
using System.Text.Json;
using GraphQL.Types;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

/// <summary>One argument of a field, as the walk asks a table for its value.</summary>
internal sealed record WalkArgument(string Owner, string Field, string Name, string Type, bool Required, string Returns);

/// <summary>A query reaching <see cref="Target"/> (Type.field) from the root.</summary>
internal sealed record WalkQuery(string Target, string Text);

/// <summary>
/// Builds, by reflection over the built schema, queries that reach every field returning one of
/// <see cref="Targets"/> (directly, in a list, a connection, or through an interface or union) from <c>Query</c>.
/// Hops on the way take their arguments from <c>hop</c>; the target field is tried with every value <c>probe</c> gives.
/// </summary>
internal sealed class SchemaWalk(ISchema schema, Func<WalkArgument, object?> hop, Func<WalkArgument, IReadOnlyList<object>> probe)
{
    public static readonly string[] Targets = ["Standard", "StandardVersion", "Clause"];

    private sealed record Step(string? Into, FieldType Field, Dictionary<string, object> Arguments);

    /// <summary>The queries, and the target fields no query could reach (with the reason).</summary>
    public (List<WalkQuery> Queries, List<string> Unreachable) Build()
    {
        var paths = Paths();
        var queries = new List<WalkQuery>();
        var unreachable = new List<string>();
        foreach (var (owner, field) in TargetFields(paths.Keys.Concat(AllReachableTypes()).Distinct()))
        {
            var target = $"{owner.Name}.{field.Name}";
            if (!paths.TryGetValue(owner, out var path))
            {
                unreachable.Add($"{target}: no path from Query to {owner.Name}");
                continue;
            }

            var variants = Variants(owner, field);
            if (variants is null)
            {
                unreachable.Add($"{target}: a required argument has no value in the table");
                continue;
            }

            queries.AddRange(variants.Select(arguments =>
                new WalkQuery(target, Text([.. path, new Step(null, field, arguments)], Selection(Named(field.ResolvedType!))))));
        }

        return (queries, unreachable);
    }

    public static IGraphType Named(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Named(nonNull.ResolvedType!),
        ListGraphType list => Named(list.ResolvedType!),
        _ => type,
    };

    private static IEnumerable<IObjectGraphType> Concrete(IGraphType type) => type switch
    {
        IObjectGraphType o => [o],
        IAbstractGraphType a => a.PossibleTypes,
        _ => [],
    };

    private static bool Returns(FieldType field) => Concrete(Named(field.ResolvedType!)).Any(t => Targets.Contains(t.Name));

    private static WalkArgument Describe(IComplexGraphType owner, FieldType field, QueryArgument argument) =>
        new(owner.Name, field.Name, argument.Name, Named(argument.ResolvedType!).Name, argument.ResolvedType is NonNullGraphType,
            Named(field.ResolvedType!).Name);

    private HashSet<IObjectGraphType> AllReachableTypes()
    {
        var seen = new HashSet<IObjectGraphType> { schema.Query };
        var queue = new Queue<IObjectGraphType>([schema.Query]);
        while (queue.TryDequeue(out var type))
        {
            foreach (var next in type.Fields.SelectMany(f => Concrete(Named(f.ResolvedType!))).Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }

    private static IEnumerable<(IObjectGraphType Owner, FieldType Field)> TargetFields(IEnumerable<IObjectGraphType> types) =>
        types.SelectMany(t => t.Fields.Where(Returns).Select(f => (t, f))).OrderBy(p => p.t.Name).ThenBy(p => p.f.Name);

    // Shortest paths, through object-typed fields first; an interface or union is stepped through only for types that
    // cannot be reached otherwise (search hits).
    private Dictionary<IObjectGraphType, List<Step>> Paths()
    {
        var paths = new Dictionary<IObjectGraphType, List<Step>> { [schema.Query] = [] };
        foreach (var throughAbstract in new[] { false, true })
        {
            var queue = new Queue<IObjectGraphType>(paths.Keys);
            while (queue.TryDequeue(out var type))
            {
                foreach (var field in type.Fields)
                {
                    var named = Named(field.ResolvedType!);
                    if ((named is IAbstractGraphType && !throughAbstract) || HopArguments(type, field) is not { } arguments)
                    {
                        continue;
                    }

                    foreach (var next in Concrete(named).Where(n => !paths.ContainsKey(n)))
                    {
                        paths[next] = [.. paths[type], new Step(named is IAbstractGraphType ? next.Name : null, field, arguments)];
                        queue.Enqueue(next);
                    }
                }
            }
        }

        return paths;
    }

    private Dictionary<string, object>? HopArguments(IComplexGraphType owner, FieldType field)
    {
        var arguments = new Dictionary<string, object>();
        foreach (var argument in field.Arguments ?? [])
        {
            var described = Describe(owner, field, argument);
            if (hop(described) is { } value)
            {
                arguments[argument.Name] = value;
            }
            else if (described.Required)
            {
                return null;
            }
        }

        return arguments;
    }

    private List<Dictionary<string, object>>? Variants(IComplexGraphType owner, FieldType field)
    {
        var described = (field.Arguments ?? []).Select(a => Describe(owner, field, a)).ToList();
        var baseline = new Dictionary<string, object>();
        foreach (var argument in described.Where(a => a.Required || a.Name is "first"))
        {
            var probed = probe(argument);
            var value = probed.Count > 0 ? probed[0] : hop(argument);
            if (value is not null)
            {
                baseline[argument.Name] = value;
            }
            else if (argument.Required)
            {
                return null;
            }
        }

        var variants = described.SelectMany(a => probe(a).Select(value => new Dictionary<string, object>(baseline) { [a.Name] = value }))
            .ToList();
        return variants.Count > 0 ? variants : [baseline];
    }

    private static string Selection(IGraphType type)
    {
        var fragments = Concrete(type).Where(t => Targets.Contains(t.Name)).Select(t => t.Name switch
        {
            "Standard" => "... on Standard { id identity code }",
            "StandardVersion" => "... on StandardVersion { id code }",
            _ => "... on Clause { id }",
        });
        return "{ __typename " + string.Join(' ', fragments) + " }";
    }

    // A step through an interface or union names the type its next field is selected on.
    private static string Text(List<Step> steps, string selection)
    {
        var inner = selection;
        for (var i = steps.Count - 1; i >= 0; i--)
        {
            var field = $"{steps[i].Field.Name}{Arguments(steps[i].Arguments)} {inner}";
            var into = i > 0 ? steps[i - 1].Into : null;
            inner = "{ " + (into is null ? field : $"... on {into} {{ {field} }}") + " }";
        }

        return inner;
    }

    private static string Arguments(Dictionary<string, object> arguments) => arguments.Count == 0
        ? ""
        : "(" + string.Join(", ", arguments.Select(a => $"{a.Key}: {Literal(a.Value)}")) + ")";

    private static string Literal(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        int i => i.ToString(CultureInfo.InvariantCulture),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(item => JsonSerializer.Serialize(item))) + "]",
        _ => throw new InvalidOperationException($"No literal for {value}"),
    };
}
