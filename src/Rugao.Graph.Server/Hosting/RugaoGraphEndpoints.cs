using Microsoft.Extensions.Options;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Server.Transports.Http;
using Rugao.Graph.Server.Transports.Sse;
using Rugao.Graph.Server.Transports.WebSockets;

namespace Rugao.Graph.Server.Hosting;

public static class RugaoGraphEndpoints
{
    /// <summary>
    /// The HTTP surface: CORS for browser frontends, credentials (API keys, JWT), <c>/graphql</c> over HTTP and
    /// WebSocket (graphql-transport-ws), <c>/graphql/stream</c> (SSE) and <c>/health</c>.
    /// </summary>
    public static WebApplication MapRugaoGraph(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var origins = app.Services.GetRequiredService<IOptions<CrossOriginOptions>>().Value.AllowedOrigins;
        app.UseCors(policy =>
        {
            policy = origins.Contains("*") ? policy.AllowAnyOrigin() : policy.WithOrigins(origins);
            // PUT and DELETE are graphql-sse single connection mode's reservation and stop requests.
            policy.WithMethods("GET", "POST", "PUT", "DELETE").AllowAnyHeader().SetPreflightMaxAge(TimeSpan.FromHours(1));
        });
        app.UseMiddleware<CredentialsCheck>();
        app.UseGraphQLWebSockets();
        app.MapGraphQLHttp();
        app.MapGraphQLSse();
        app.MapHealthChecks("/health");
        return app;
    }
}
