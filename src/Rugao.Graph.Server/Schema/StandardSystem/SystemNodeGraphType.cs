using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public sealed class SystemNodeGraphType : ObjectGraphType<SystemNode>
{
    public static readonly NodeFetcher Node = new("SystemNode",
        (services, id) => services.GetRequiredService<SystemNodeByIdLoader>().Load(id).Then(n => (object?)n));

    public SystemNodeGraphType()
    {
        Name = "SystemNode";
        Description = "标准体系节点：通用基础、服务保障、服务提供及其下的类别。A node of the standard system tree.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(Node.TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("code").Description("节点代码，如“TG-01”。Code.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称。Name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("description").Description("说明。Description.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("层级，顶层为 1。Depth; 1 at the top.")
            .Resolve(c => c.Source.Path.Count(ch => ch == '/') + 1);
        Field<SystemNodeGraphType>("parent").Description("上级节点。Parent node.")
            .Resolve(c => c.Source.ParentId is { } id
                ? c.RequestServices!.GetRequiredService<SystemNodeByIdLoader>().Load(id)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SystemNodeGraphType>>>>("children")
            .Description("下级节点。Child nodes.")
            .Resolve(c => c.RequestServices!.GetRequiredService<SystemNodesByParentIdLoader>().Load(c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("standardCount")
            .Description("本节点及其下级中现行和即将实施的标准数。Standards in force or upcoming today in this subtree.")
            .Resolve(c => c.RequestServices!.GetRequiredService<StandardCountBySystemNodeLoader>()
                .Load(new NodeDay(c.Source.Id, c.Today())));
    }
}
