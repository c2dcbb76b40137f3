using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>One webhook's page of the delivery log, as its <c>deliveries</c> field asked for it.</summary>
public sealed record DeliveryPageKey(int WebhookId, PageRequest Request);
