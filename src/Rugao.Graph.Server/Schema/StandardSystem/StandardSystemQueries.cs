using GraphQL.Types;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public static class StandardSystemQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SystemNodeGraphType>>>>("standardSystem")
            .Description("标准体系树的顶层（通用基础、服务保障、服务提供），用 children 展开。The top of the standard system tree.")
            .ResolveAsync(async context =>
                await context.RequestServices!.GetRequiredService<SystemNodeReads>().RootsAsync(context.CancellationToken));
    }
}
