using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Clauses;
using Rugao.Graph.Departments;
using Rugao.Graph.Importing;
using Rugao.Graph.Indicators;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Statistics;
using Rugao.Graph.Storage;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The domain: storage, the reads every query goes through, the editing services and the lifecycle scheduler.
    /// Search, the change log and webhook delivery have their own extensions.
    /// </summary>
    public static IServiceCollection AddRugaoDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRugaoStorage(configuration);
        services.AddRugaoLifecycle();

        services.AddSingleton<StandardReads>();
        services.AddSingleton<VersionReads>();
        services.AddSingleton<ClauseReads>();
        services.AddSingleton<DepartmentReads>();
        services.AddSingleton<SystemNodeReads>();
        services.AddSingleton<CatalogReads>();
        services.AddSingleton<ServiceItemReads>();
        services.AddSingleton<StandardListReads>();
        services.AddSingleton<IndicatorReads>();
        services.AddSingleton<WebhookReads>();
        services.AddSingleton<StandardFinder>();
        services.AddSingleton<PlatformStatistics>();

        services.AddSingleton<StandardDrafts>();
        services.AddSingleton<StandardPublishing>();
        services.AddSingleton<DraftClauses>();
        services.AddSingleton<StandardImporter>();
        services.AddSingleton<StandardList>();
        services.AddSingleton<ServiceItemLinks>();
        services.AddSingleton<IndicatorMeasurements>();
        return services;
    }
}
