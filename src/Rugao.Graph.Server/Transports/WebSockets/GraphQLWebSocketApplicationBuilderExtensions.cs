using Microsoft.AspNetCore.Http.Features;

namespace Rugao.Graph.Server.Transports.WebSockets;

public static class GraphQLWebSocketApplicationBuilderExtensions
{
    /// <summary>
    /// Serves graphql-transport-ws on <paramref name="path"/>: WebSocket upgrade requests there are taken over, all
    /// other requests (the HTTP transport on the same path) pass on. Needs
    /// <see cref="TransportServiceCollectionExtensions.AddGraphQLTransports"/>.
    /// </summary>
    public static IApplicationBuilder UseGraphQLWebSockets(this IApplicationBuilder app, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (context.Features.Get<IHttpUpgradeFeature>() is { IsUpgradableRequest: true } upgrade
                && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                context.Features.Set<IHttpUpgradeFeature>(new BatchingUpgradeFeature(upgrade));
            }

            return next(context);
        });
        app.UseWebSockets();
        return app.Use(async (context, next) =>
        {
            if (context.WebSockets.IsWebSocketRequest && context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await context.RequestServices.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(context);
            }
            else
            {
                await next(context);
            }
        });
    }
}
