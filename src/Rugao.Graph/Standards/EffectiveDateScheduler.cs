using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Rugao.Graph.Standards;

/// <summary>
/// Runs <see cref="EffectiveDates"/> at start-up (catching up on days the server was down) and at the start of every
/// China local day, on the <see cref="TimeProvider"/>'s clock so that tests can move the calendar.
/// </summary>
public sealed class EffectiveDateScheduler(EffectiveDates dates, TimeProvider time, ILogger<EffectiveDateScheduler> logger)
    : BackgroundService
{
    // A wake-up at least hourly rides out wall-clock corrections that a single long timer would miss.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var written = await dates.RecordDueAsync(stoppingToken);
                if (written > 0)
                {
                    logger.LogInformation("Recorded {Count} EFFECTIVE events", written);
                }

                var sleep = dates.NextDayStartsAt() - time.GetUtcNow();
                await Task.Delay(sleep < LongestSleep ? sleep : LongestSleep, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The scheduler must outlive any one failure; the next sweep catches up.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Recording EFFECTIVE events failed; retrying in a minute");
                await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
            }
        }
    }
}
