namespace Rugao.Graph.Server.Transports.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL-over-HTTP endpoint (GET and POST; other methods get 405). Needs
    /// <see cref="TransportServiceCollectionExtensions.AddGraphQLTransports"/> and a registered schema.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.Map(pattern, context => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL over HTTP");
}
