using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Relay;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "可通过全局 ID 重新获取的对象（Relay）。An object that can be fetched again by its global ID (Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("不透明的全局 ID。Opaque global ID.");
    }
}
