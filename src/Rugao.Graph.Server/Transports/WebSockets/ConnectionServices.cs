using GraphQL;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>What every connection shares: built once by the endpoint.</summary>
internal sealed record ConnectionServices(
    GraphQLRequestExecutor Executor,
    ServerMessages Messages,
    IGraphQLTextSerializer Serializer,
    BearerAuthenticator Authenticator,
    IServiceScopeFactory Scopes,
    TimeProvider Time,
    GraphQLWebSocketOptions Options,
    ILogger Logger);
