using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>A Relay connection over <typeparamref name="TNodeType"/>, with <c>totalCount</c> and a <c>nodes</c> shortcut.</summary>
public sealed class ConnectionGraphType<TNodeType, TSource> : ObjectGraphType<Page<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var node = GraphTypeNames.Of<TNodeType>();
        Name = node + "Connection";
        Description = $"{node} 的分页列表（Relay 连接）。A page of {node} items (Relay connection).";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("符合条件的总数。How many items match, over all pages.")
            .Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("分页信息。Paging information.")
            .Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, TSource>>>>>("edges")
            .Description("带游标的条目。The items with their cursors.")
            .Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("本页条目（不含游标）。The items of this page, without cursors.")
            .Resolve(c => c.Source.Items);
    }
}
