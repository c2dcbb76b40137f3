using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Rugao.Graph.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>
    /// The change feed over the log, and the notice hub with its one log reader per process (section <c>Notices</c>).
    /// </summary>
    public static IServiceCollection AddRugaoChanges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NoticeOptions>()
            .Bind(configuration.GetSection(NoticeOptions.Section))
            .Validate(o => o.BatchSize > 0 && o.SubscriberBuffer > 0 && o.PollInterval > TimeSpan.Zero
                && o.RetryInterval > TimeSpan.Zero, "Notices: BatchSize, SubscriberBuffer and the intervals must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<ChangeSignal>();
        services.AddSingleton<IInterceptor, ChangeCommitInterceptor>();
        services.AddSingleton<NoticeHub>();
        services.AddHostedService<NoticeHubService>();
        return services;
    }
}
