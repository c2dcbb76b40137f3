using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// Runs one delivery loop per active webhook, each on its own, so a slow or unreachable receiver delays only itself.
/// Re-reads the set of webhooks every poll: new ones start, deactivated ones stop. Beside them, prunes the delivery log
/// every <see cref="WebhookOptions.DeliveryLogPruneInterval"/>.
/// </summary>
public sealed class WebhookDispatcherService(
    WebhookDispatcher dispatcher,
    WebhookDeliveryLogPruner pruner,
    TimeProvider time,
    ChangeSignal signal,
    IDbContextFactory<RugaoDbContext> contexts,
    IOptions<WebhookOptions> options,
    ILogger<WebhookDispatcherService> logger) : BackgroundService
{
    // Polling and back-off pace work in real time whatever clock dates the deliveries (tests fake that one), so the
    // delays here use the system timer on purpose.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = new Dictionary<int, (CancellationTokenSource Stop, Task Loop)>();
        var pruning = Task.Run(() => PruneAsync(stoppingToken), CancellationToken.None);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var active = await ActiveAsync(stoppingToken);
                    foreach (var (id, loop) in loops.Where(l => !active.Contains(l.Key) || l.Value.Loop.IsCompleted).ToList())
                    {
                        await loop.Stop.CancelAsync();
                        loop.Stop.Dispose();
                        loops.Remove(id);
                    }

                    foreach (var id in active.Where(id => !loops.ContainsKey(id)))
                    {
                        var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                        loops[id] = (stop, Task.Run(() => RunAsync(id, stop.Token), CancellationToken.None));
                    }
                }
#pragma warning disable CA1031 // A database hiccup must not end deliveries for the life of the server.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogError(exception, "Reading the webhooks failed; trying again");
                }

                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var loop in loops.Values)
            {
                await loop.Stop.CancelAsync();
            }

            await Task.WhenAll([.. loops.Values.Select(l => l.Loop), pruning]);
            foreach (var loop in loops.Values)
            {
                loop.Stop.Dispose();
            }
        }
    }

    private async Task RunAsync(int webhookId, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // Taken before reading, so a commit during the round wakes the next one at once.
            var committed = signal.NextAsync();
            bool delivered;
            try
            {
                delivered = await dispatcher.DeliverPendingAsync(webhookId, options.Value.BatchSize, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One webhook's failure must not stop its loop; the checkpoint has not moved.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Webhook {Webhook} delivery failed; backing off", webhookId);
                delivered = false;
            }

            // A commit in this process cuts a poll short (the poll still catches other processes' commits); a back-off
            // waits its full time.
            var delay = Task.Delay(delivered ? options.Value.PollInterval : options.Value.BackOff, stop);
            await Task.WhenAny(delivered ? [delay, committed] : [delay]);
        }
    }

    // The retention is counted in days of the server's clock, so the pruning is paced by that clock too. It prunes
    // first, so a server restarted more often than the interval still prunes.
    private async Task PruneAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                try
                {
                    var removed = await pruner.PruneAsync(stoppingToken);
                    if (removed > 0)
                    {
                        logger.LogInformation("Pruned {Count} webhook delivery attempts", removed);
                    }
                }
#pragma warning disable CA1031 // A failed pruning is tried again at the next interval; deliveries go on meanwhile.
                catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    logger.LogError(exception, "Pruning the webhook delivery log failed");
                }

                await Task.Delay(options.Value.DeliveryLogPruneInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<HashSet<int>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return [.. await db.Webhooks.Where(w => w.Active).Select(w => w.Id).ToListAsync(cancellationToken)];
    }
}
