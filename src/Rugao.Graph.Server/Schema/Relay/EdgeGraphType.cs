using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Relay;

public sealed class EdgeGraphType<TNodeType, TSource> : ObjectGraphType<Edge<TSource>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = GraphTypeNames.Of<TNodeType>();
        Name = node + "Edge";
        Description = $"{node} 及其游标。A {node} with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("不透明游标。Opaque cursor of this item.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description("条目。The item.")
            .Resolve(c => c.Source.Node);
    }
}
