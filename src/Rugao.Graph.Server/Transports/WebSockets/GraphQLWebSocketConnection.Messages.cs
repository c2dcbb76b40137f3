using System.Security.Claims;
using System.Text.Json;

namespace Rugao.Graph.Server.Transports.WebSockets;

internal sealed partial class GraphQLWebSocketConnection
{
    private async Task HandleAsync(ReadOnlyMemory<byte> utf8)
    {
        if (ClientMessageReader.Read(utf8, out var invalidReason) is not { } message)
        {
            Close(CloseCodes.BadRequest(invalidReason!));
            return;
        }

        switch (message.Type)
        {
            case TransportWsProtocol.ConnectionInit:
                await InitialiseAsync(message.Payload);
                break;
            case TransportWsProtocol.Ping:
                // §Ping: a Pong must be sent as soon as possible, at any time within the socket.
                queue.TryEnqueue(ServerMessages.Pong(message.Payload));
                break;
            case TransportWsProtocol.Pong:
                break;
            case TransportWsProtocol.Subscribe:
                Subscribe(message.Id!, message.Payload!.Value);
                break;
            case TransportWsProtocol.Complete:
                // §Invalid message: a complete for an unknown or finished id is not an error.
                if (operations.TryRemove(message.Id!, out var operation))
                {
                    operation.Stop();
                }

                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref initReceived, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisationRequests);
            return;
        }

        if (await AuthenticateAsync(payload) is not { } user)
        {
            Close(CloseCodes.Forbidden);
            return;
        }

        this.user = user;
        acknowledged = true;
        queue.TryEnqueue(ServerMessages.ConnectionAck);
        WatchCredential(user);
    }

    /// <summary>The payload's credential if it carries one, else whoever opened the socket; null when refused.</summary>
    private async Task<ClaimsPrincipal?> AuthenticateAsync(JsonElement? payload)
    {
        var token = ConnectionInitCredentials.Find(payload, out var malformed);
        if (malformed)
        {
            return null;
        }

        if (token is null)
        {
            return user;
        }

        credential = token;
        var result = await services.Authenticator.AuthenticateAsync(token, aborted.Token);
        return result.Succeeded ? result.Principal : null;
    }
}
