namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class UpdateWebhookPayloadGraphType()
    : WebhookPayloadGraphType("UpdateWebhookPayload", "updateWebhook 的结果。Result of updateWebhook.");
