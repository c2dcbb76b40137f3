using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Changes;

/// <summary>
/// The one reader of the change log in this process: tails it by sequence from the head at start-up and hands each
/// batch to the <see cref="NoticeHub"/>. It wakes on this process's commits (<see cref="ChangeSignal"/>) and otherwise
/// polls, which is how changes committed by other processes on the same database arrive.
/// </summary>
public sealed class NoticeHubService(
    NoticeHub hub,
    ChangeFeed feed,
    ChangeSignal signal,
    TimeProvider time,
    IOptions<NoticeOptions> options,
    ILogger<NoticeHubService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await TailAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            hub.CompleteAll();
        }
    }

    private async Task TailAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (hub.Position < 0)
        {
            try
            {
                hub.Start(await feed.HeadAsync(stoppingToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The change log could not be read; retrying in {Delay}", settings.RetryInterval);
                await Task.Delay(settings.RetryInterval, time, stoppingToken);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before reading, so a commit made while the log is being read wakes the next round.
            var woken = signal.NextAsync();
            var delay = settings.PollInterval;
            try
            {
                ChangeBatch batch;
                do
                {
                    batch = await feed.ReadAsync(hub.Position, ChangeFilter.All, settings.BatchSize, stoppingToken);
                    hub.Publish(batch);
                }
                while (batch.HasMore);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The change log could not be read; retrying in {Delay}", settings.RetryInterval);
                delay = settings.RetryInterval;
                woken = Task.Delay(Timeout.InfiniteTimeSpan, stoppingToken);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(delay, time, wait.Token);
            await Task.WhenAny(woken, timer);
            await wait.CancelAsync();
            stoppingToken.ThrowIfCancellationRequested();
        }
    }
}
