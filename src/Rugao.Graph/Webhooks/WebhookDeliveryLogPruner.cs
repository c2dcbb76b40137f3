using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// Keeps the delivery log bounded: removes attempts older than <see cref="WebhookOptions.DeliveryLogRetentionDays"/>,
/// then, per webhook, all but the newest <see cref="WebhookOptions.DeliveryLogMaxRowsPerWebhook"/>, so a receiver
/// failing for weeks cannot fill the disk within the retention either.
/// </summary>
public sealed class WebhookDeliveryLogPruner(IDbContextFactory<RugaoDbContext> contexts, IOptions<WebhookOptions> options, TimeProvider time)
{
    // Age is judged row by row in memory: SQLite cannot compare DateTimeOffset columns in SQL.
    private const int PageSize = 500;

    /// <summary>Prunes every webhook's log; returns how many attempts were removed.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.DeliveryLogRetentionDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhooks = await db.WebhookDeliveries.Select(d => d.WebhookId).Distinct().ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var webhookId in webhooks)
        {
            removed += await RemoveExpiredAsync(db, webhookId, cutoff, cancellationToken);
            removed += await RemoveBeyondCapAsync(db, webhookId, cancellationToken);
        }

        return removed;
    }

    private static async Task<int> RemoveExpiredAsync(RugaoDbContext db, int webhookId, DateTimeOffset cutoff,
        CancellationToken cancellationToken)
    {
        var removed = 0;
        var after = 0L;
        while (true)
        {
            var page = await db.WebhookDeliveries.Where(d => d.WebhookId == webhookId && d.Id > after).OrderBy(d => d.Id)
                .Select(d => new { d.Id, d.AttemptedAt }).Take(PageSize).ToListAsync(cancellationToken);
            var expired = page.Where(d => d.AttemptedAt < cutoff).Select(d => d.Id).ToList();
            if (expired.Count > 0)
            {
                removed += await db.WebhookDeliveries.Where(d => expired.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            // Attempts are appended in time order, so the first page that is not wholly expired is where the
            // retained part of the log begins.
            if (page.Count < PageSize || expired.Count < page.Count)
            {
                return removed;
            }

            after = page[^1].Id;
        }
    }

    private async Task<int> RemoveBeyondCapAsync(RugaoDbContext db, int webhookId, CancellationToken cancellationToken)
    {
        var newestDropped = await db.WebhookDeliveries.Where(d => d.WebhookId == webhookId).OrderByDescending(d => d.Id)
            .Skip(options.Value.DeliveryLogMaxRowsPerWebhook).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return newestDropped is { } last
            ? await db.WebhookDeliveries.Where(d => d.WebhookId == webhookId && d.Id <= last).ExecuteDeleteAsync(cancellationToken)
            : 0;
    }
}
