using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Search;

/// <summary>Runs the <see cref="SearchProjector"/> for the life of the server, riding out an unreachable engine.</summary>
public sealed class SearchProjectorService(
    SearchProjector projector,
    IOptions<SearchOptions> options,
    ILogger<SearchProjectorService> logger) : BackgroundService
{
    // Polling paces work in real time whatever clock the business dates come from (tests fake that one), so the
    // delays below use the system timer on purpose.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ready = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!ready)
                {
                    await projector.EnsureIndexAsync(stoppingToken);
                    ready = true;
                }

                await projector.CatchUpAsync(stoppingToken);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (SearchUnavailableException exception)
            {
                // The checkpoint has not moved: everything since is indexed once the engine is back.
                logger.LogWarning(exception, "Search engine unavailable; retrying in {Delay}", options.Value.RetryInterval);
                await Task.Delay(options.Value.RetryInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The projector must outlive any one failure; the server keeps serving meanwhile.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Search projection failed; retrying in {Delay}", options.Value.RetryInterval);
                await Task.Delay(options.Value.RetryInterval, stoppingToken);
            }
        }
    }
}
