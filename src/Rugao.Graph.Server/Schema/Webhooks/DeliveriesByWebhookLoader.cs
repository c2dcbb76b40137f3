using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Storage;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>
/// Pages of the delivery log, newest first, for several webhooks at once: one query counts each webhook's attempts,
/// one reads the rows every page needs (numbered per webhook by the database).
/// </summary>
public sealed class DeliveriesByWebhookLoader(IDbContextFactory<RugaoDbContext> contexts)
    : BatchLoader<DeliveryPageKey, Page<WebhookDelivery>>
{
    protected override async Task<IReadOnlyDictionary<DeliveryPageKey, Page<WebhookDelivery>>> FetchAsync(
        IReadOnlyCollection<DeliveryPageKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.WebhookId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var totals = await db.WebhookDeliveries.Where(d => ids.Contains(d.WebhookId)).GroupBy(d => d.WebhookId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var windows = keys.ToDictionary(k => k, k => k.Request.Window(totals.GetValueOrDefault(k.WebhookId)));
        var from = windows.Values.Min(w => w.Offset);
        var to = windows.Values.Max(w => w.Offset + w.Count);
        var rows = to <= from
            ? []
            : await db.WebhookDeliveries.Where(d => ids.Contains(d.WebhookId)).GroupBy(d => d.WebhookId)
                .Select(g => g.OrderByDescending(d => d.Id).Skip(from).Take(to - from))
                .ToListAsync(cancellationToken);
        var byWebhook = rows.SelectMany(g => g).GroupBy(d => d.WebhookId).ToDictionary(g => g.Key, g => g.ToList());
        return keys.ToDictionary(k => k, k =>
        {
            var (offset, count) = windows[k];
            var items = byWebhook.GetValueOrDefault(k.WebhookId) ?? [];
            return new Page<WebhookDelivery>(items.Skip(offset - from).Take(count).ToList(), offset,
                totals.GetValueOrDefault(k.WebhookId));
        });
    }
}
