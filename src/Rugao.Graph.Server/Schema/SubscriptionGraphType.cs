using GraphQL.Types;
using Rugao.Graph.Server.Schema.Changes;

namespace Rugao.Graph.Server.Schema;

public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "订阅入口：经 WebSocket（graphql-transport-ws）或 SSE（graphql-sse）推送。Entry points for push, over WebSocket (graphql-transport-ws) or SSE (graphql-sse).";
        ChangeSubscriptions.AddTo(this);
    }
}
