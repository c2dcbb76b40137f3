using GraphQL.Types;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class RegisterWebhookPayloadGraphType : PayloadGraphType<WebhookRegistration>
{
    public RegisterWebhookPayloadGraphType()
        : base("RegisterWebhookPayload", "registerWebhook 的结果。Result of registerWebhook.", errorsFirst: false)
    {
        Field<WebhookGraphType>("webhook").Description("所涉回调；有错误时为 null。The webhook; null when there are errors.")
            .Resolve(c => c.Source.Value?.Webhook);
        ErrorsField();
        Field<StringGraphType>("secret")
            .Description("签名密钥，仅此一次显示，请妥善保存。The signing secret: shown this once only, keep it safe.")
            .Resolve(c => c.Source.Value?.Secret);
    }
}
