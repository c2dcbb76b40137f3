using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>Reads a webhook's next notices from the change log and writes each as the JSON body it is POSTed with.</summary>
public sealed class WebhookBodies(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<WebhookBatch> ReadAsync(Webhook webhook, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var events = await db.ChangeEvents.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(limit + 1)
            .ToListAsync(cancellationToken);
        var page = events.Take(limit).ToList();
        return new WebhookBatch(
            page.Select(e => new WebhookMessage(e.Sequence, e.Kind.ToString(), JsonSerializer.SerializeToUtf8Bytes(new { e.Sequence, e.Summary }))).ToList(),
            page.Count == 0 ? after : page[^1].Sequence, events.Count > limit);
    }
}
