using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class DeactivateWebhookPayloadGraphType : PayloadGraphType<Webhook>
{
    public DeactivateWebhookPayloadGraphType()
        : base("DeactivateWebhookPayload", "deactivateWebhook 的结果。Result of deactivateWebhook.", errorsFirst: false)
    {
        Field<WebhookGraphType>("webhook").Description("所涉回调；有错误时为 null。The webhook; null when there are errors.")
            .Resolve(c => c.Source.Value);
        ErrorsField();
    }
}
