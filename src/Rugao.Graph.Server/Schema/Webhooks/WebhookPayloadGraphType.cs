using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>The fields the webhook payloads share.</summary>
public abstract class WebhookPayloadGraphType : ObjectGraphType<WebhookPayload>
{
    protected WebhookPayloadGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<WebhookGraphType>("webhook").Description("所涉回调；有错误时为 null。The webhook; null when there are errors.")
            .Resolve(c => c.Source.Webhook);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorGraphType>>>>("errors")
            .Description("用户错误；为空表示成功。User errors; empty on success.")
            .Resolve(c => c.Source.Errors);
    }
}
