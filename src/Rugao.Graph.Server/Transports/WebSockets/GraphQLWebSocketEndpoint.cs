using Microsoft.AspNetCore.Http.Features;
using GraphQL;
using Microsoft.Extensions.Options;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades and runs each socket as a graphql-transport-ws connection. A client that does not
/// offer that subprotocol is accepted and closed at once with 4406, as the reference server does, so it learns why.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(
    GraphQLRequestExecutor executor,
    IGraphQLTextSerializer serializer,
    BearerAuthenticator authenticator,
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<GraphQLWebSocketOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketEndpoint> logger)
{
    private readonly ConnectionServices services = new(
        executor, new ServerMessages(serializer), serializer, authenticator, scopes, time, options.Value, logger);

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var negotiated = context.WebSockets.WebSocketRequestedProtocols.Contains(TransportWsProtocol.SubProtocol);
        using var connection = new GraphQLWebSocketConnection(services, context.User, BearerToken.From(context.Request), context.RequestAborted);
        if (negotiated)
        {
            connection.StartInitTimer();
        }
        else
        {
            connection.Close(CloseCodes.SubprotocolNotAcceptable);
        }

        using var socket = await context.WebSockets
            .AcceptWebSocketAsync(negotiated ? TransportWsProtocol.SubProtocol : null)
            ;
        await using var stopping = lifetime.ApplicationStopping
            .Register(() => connection.Close(CloseCodes.ServerStopping))
            ;
        var batching = (context.Features.Get<IHttpUpgradeFeature>() as BatchingUpgradeFeature)?.Stream;
        await connection.RunAsync(socket, batching);
    }
}
