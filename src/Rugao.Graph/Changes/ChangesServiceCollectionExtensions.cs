using Microsoft.Extensions.DependencyInjection;

namespace Rugao.Graph.Changes;

public static class ChangesServiceCollectionExtensions
{
    /// <summary>The change feed over the log.</summary>
    public static IServiceCollection AddRugaoChanges(this IServiceCollection services)
    {
        services.AddSingleton<ChangeFeed>();
        return services;
    }
}
