namespace Rugao.Graph.Server.Transports.Sse;

public static class GraphQLSseEndpointRouteBuilderExtensions
{
    /// <summary>Maps GraphQL over SSE (graphql-sse, both modes); needs the transports registered.</summary>
    public static IEndpointConventionBuilder MapGraphQLSse(this IEndpointRouteBuilder endpoints, string pattern = "/graphql/stream") =>
        endpoints.Map(pattern, context => context.RequestServices.GetRequiredService<GraphQLSseEndpoint>().HandleAsync(context))
            .WithDisplayName("GraphQL over SSE");
}
