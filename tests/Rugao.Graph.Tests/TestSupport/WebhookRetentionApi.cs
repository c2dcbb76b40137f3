namespace Rugao.Graph.Tests.TestSupport;

/// <summary>The webhook server with a delivery log cap small enough to reach within a test; retention and interval as shipped.</summary>
public sealed class WebhookRetentionApi() : WebhookApi(new Dictionary<string, string?>
{
    ["Webhooks:DeliveryLogMaxRowsPerWebhook"] = "4",
})
{
}
