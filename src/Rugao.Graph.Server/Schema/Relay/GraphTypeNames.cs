namespace Rugao.Graph.Server.Schema.Relay;

internal static class GraphTypeNames
{
    /// <summary><c>StandardGraphType</c> → <c>Standard</c>, the name the schema prints.</summary>
    public static string Of<TGraphType>()
    {
        var name = typeof(TGraphType).Name;
        return name.EndsWith("GraphType", StringComparison.Ordinal) ? name[..^"GraphType".Length] : name;
    }
}
