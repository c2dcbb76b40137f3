using Microsoft.Extensions.DependencyInjection.Extensions;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Server.Transports.Http;
using Rugao.Graph.Server.Transports.Sse;
using Rugao.Graph.Server.Transports.WebSockets;

namespace Rugao.Graph.Server.Transports;

public static class TransportServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL transports and their limits (section <c>GraphQL</c>). The schema, the document executer and
    /// the System.Text.Json serializer come from <c>services.AddGraphQL(b => b.AddSchema&lt;T&gt;().AddSystemTextJson())</c>,
    /// which may be called before or after this.
    /// </summary>
    public static IServiceCollection AddGraphQLTransports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .Bind(configuration.GetSection(GraphQLLimitsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddOptions<GraphQLWebSocketOptions>()
            .Bind(configuration.GetSection(GraphQLWebSocketOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BearerAuthenticator>();
        services.AddSingleton<GraphQLWebSocketEndpoint>();
        services.AddOptions<GraphQLSseOptions>()
            .Bind(configuration.GetSection(GraphQLSseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<GraphQLSseEndpoint>();
        services.AddSingleton<SseReservations>();
        services.AddSingleton<SseCredentialWatch>();
        services.AddSingleton<GraphQLSseSingleConnection>();
        return services;
    }
}
