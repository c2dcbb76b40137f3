using Rugao.Graph.Changes;
using Rugao.Graph.Search;
using Rugao.Graph.Server.Schema;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Hosting;

public static class RugaoGraphServiceCollectionExtensions
{
    /// <summary>Everything the server needs; tests call it too.</summary>
    public static IServiceCollection AddRugaoGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRugaoDomain(configuration);
        services.AddRugaoSearch(configuration);
        services.AddRugaoChanges(configuration);
        services.AddRugaoSecurity(configuration);
        services.AddRugaoWebhooks(configuration);
        services.AddRugaoSchema();
        services.AddGraphQLTransports(configuration);
        services.Configure<CrossOriginOptions>(configuration.GetSection(CrossOriginOptions.Section));
        services.AddCors();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
