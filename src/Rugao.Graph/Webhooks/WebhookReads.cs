using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>Reads webhooks, their checkpoints and their delivery log.</summary>
public sealed class WebhookReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>Every webhook, oldest first.</summary>
    public async Task<IReadOnlyList<Webhook>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Webhooks.OrderBy(w => w.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The last sequence each webhook has delivered; webhooks that delivered nothing yet are left out.</summary>
    public async Task<IReadOnlyDictionary<int, long>> CheckpointsAsync(IReadOnlyCollection<int> webhookIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhookIds);
        var consumers = webhookIds.ToDictionary(WebhookCheckpoint.ConsumerOf);
        var names = consumers.Keys.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConsumerCheckpoints.Where(c => names.Contains(c.Consumer))
            .ToDictionaryAsync(c => consumers[c.Consumer], c => c.Sequence, cancellationToken);
    }

    /// <summary>How many delivery attempts each webhook has logged.</summary>
    public async Task<IReadOnlyDictionary<int, int>> DeliveryCountsAsync(IReadOnlyCollection<int> webhookIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.Where(d => webhookIds.Contains(d.WebhookId)).GroupBy(d => d.WebhookId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    /// <summary>
    /// The attempts from <paramref name="from"/> up to <paramref name="to"/> (exclusive) of each webhook's log, newest
    /// first, numbered per webhook by the database: one statement for several webhooks' pages.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<WebhookDelivery>>> DeliveriesAsync(
        IReadOnlyCollection<int> webhookIds, int from, int to, CancellationToken cancellationToken)
    {
        if (to <= from)
        {
            return new Dictionary<int, IReadOnlyList<WebhookDelivery>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.WebhookDeliveries.Where(d => webhookIds.Contains(d.WebhookId)).GroupBy(d => d.WebhookId)
            .Select(g => g.OrderByDescending(d => d.Id).Skip(from).Take(to - from))
            .ToListAsync(cancellationToken);
        return rows.SelectMany(g => g).GroupBy(d => d.WebhookId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WebhookDelivery>)g.ToList());
    }
}
