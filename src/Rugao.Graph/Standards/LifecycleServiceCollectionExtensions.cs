using Microsoft.Extensions.DependencyInjection;

namespace Rugao.Graph.Standards;

public static class LifecycleServiceCollectionExtensions
{
    /// <summary>Amending, superseding and abolishing standards, and the scheduler of their EFFECTIVE events.</summary>
    public static IServiceCollection AddRugaoLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<StandardAmendments>();
        services.AddSingleton<StandardLifecycle>();
        services.AddSingleton<EffectiveDates>();
        services.AddHostedService<EffectiveDateScheduler>();
        return services;
    }
}
