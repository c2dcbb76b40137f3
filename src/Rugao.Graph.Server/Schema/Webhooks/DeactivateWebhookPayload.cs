namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class DeactivateWebhookPayloadGraphType()
    : WebhookPayloadGraphType("DeactivateWebhookPayload", "deactivateWebhook 的结果。Result of deactivateWebhook.");
