using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class RegisterWebhookPayloadGraphType : WebhookPayloadGraphType
{
    public RegisterWebhookPayloadGraphType()
        : base("RegisterWebhookPayload", "registerWebhook 的结果。Result of registerWebhook.") =>
        Field<StringGraphType>("secret")
            .Description("签名密钥，仅此一次显示，请妥善保存。The signing secret: shown this once only, keep it safe.")
            .Resolve(c => c.Source.Secret);
}
