using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>
/// Pages of the delivery log, newest first, for several webhooks at once: one read counts each webhook's attempts,
/// one reads the rows every page needs.
/// </summary>
public sealed class DeliveriesByWebhookLoader(WebhookReads reads) : BatchLoader<DeliveryPageKey, Page<WebhookDelivery>>
{
    protected override async Task<IReadOnlyDictionary<DeliveryPageKey, Page<WebhookDelivery>>> FetchAsync(
        IReadOnlyCollection<DeliveryPageKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.WebhookId).Distinct().ToList();
        var totals = await reads.DeliveryCountsAsync(ids, cancellationToken);
        var windows = keys.ToDictionary(k => k, k => k.Request.Window(totals.GetValueOrDefault(k.WebhookId)));
        var from = windows.Values.Min(w => w.Offset);
        var to = windows.Values.Max(w => w.Offset + w.Count);
        var byWebhook = await reads.DeliveriesAsync(ids, from, to, cancellationToken);
        return keys.ToDictionary(k => k, k =>
        {
            var (offset, count) = windows[k];
            var items = byWebhook.GetValueOrDefault(k.WebhookId) ?? [];
            return new Page<WebhookDelivery>(items.Skip(offset - from).Take(count).ToList(), offset,
                totals.GetValueOrDefault(k.WebhookId));
        });
    }
}
