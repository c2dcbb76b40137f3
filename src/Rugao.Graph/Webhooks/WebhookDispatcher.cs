using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// Delivers one webhook's backlog: reads the log after its checkpoint with its filter and sends each notice in order,
/// moving the checkpoint only after the receiver took it. A notice that fails every retry stops the round, so the
/// next round starts with that same notice: nothing is skipped and nothing overtakes it.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookSender sender,
    ChangeFeed feed,
    IWebhookBodyWriter bodies,
    IDbContextFactory<RugaoDbContext> contexts,
    TimeProvider time)
{
    /// <summary>Sends what is pending; false when a notice could not be delivered and the webhook should back off.</summary>
    public async Task<bool> DeliverPendingAsync(int webhookId, int batchSize, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (webhook, checkpoint) = await LoadAsync(webhookId, cancellationToken);
            if (webhook is null || !webhook.Active)
            {
                return true;
            }

            var batch = await feed.ReadAsync(checkpoint, WebhookFilter.Read(webhook.Filter), batchSize, cancellationToken);
            foreach (var message in await bodies.WriteAsync(batch.Notices, cancellationToken))
            {
                if (!await sender.DeliverAsync(webhook, message, cancellationToken))
                {
                    return false;
                }

                await SaveCheckpointAsync(webhookId, message.Sequence, cancellationToken);
            }

            // Changes the filter passed over still move the checkpoint, so they are not read again.
            var last = batch.Notices.Count > 0 ? batch.Notices[^1].Sequence : checkpoint;
            if (batch.UpTo > last)
            {
                await SaveCheckpointAsync(webhookId, batch.UpTo, cancellationToken);
            }

            if (!batch.HasMore)
            {
                return true;
            }
        }
    }

    private async Task<(Webhook? Webhook, long Checkpoint)> LoadAsync(int webhookId, CancellationToken cancellationToken)
    {
        var consumer = WebhookCheckpoint.ConsumerOf(webhookId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        var checkpoint = await db.ConsumerCheckpoints.Where(c => c.Consumer == consumer)
            .Select(c => (long?)c.Sequence).FirstOrDefaultAsync(cancellationToken) ?? 0;
        return (webhook, checkpoint);
    }

    private async Task SaveCheckpointAsync(int webhookId, long sequence, CancellationToken cancellationToken)
    {
        var consumer = WebhookCheckpoint.ConsumerOf(webhookId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.ConsumerCheckpoints.AsTracking().FirstOrDefaultAsync(c => c.Consumer == consumer, cancellationToken);
        if (checkpoint is null)
        {
            db.ConsumerCheckpoints.Add(new ConsumerCheckpoint { Consumer = consumer, Sequence = sequence, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            checkpoint.Sequence = sequence;
            checkpoint.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
