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
                await InitialiseAsync(message.Payload).ConfigureAwait(false);
                break;
            case TransportWsProtocol.Ping:
                // §Ping: a Pong must be sent as soon as possible, at any time within the socket.
                _queue.TryEnqueue(ServerMessages.Pong(message.Payload));
                break;
            case TransportWsProtocol.Pong:
                break;
            case TransportWsProtocol.Subscribe:
                Subscribe(message.Id!, message.Payload!.Value);
                break;
            case TransportWsProtocol.Complete:
                // §Invalid message: a complete for an unknown or finished id is not an error.
                if (_operations.TryRemove(message.Id!, out var operation))
                    operation.Stop();
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            Close(CloseCodes.TooManyInitialisationRequests);
            return;
        }

        if (await AuthenticateAsync(payload).ConfigureAwait(false) is not { } user)
        {
            Close(CloseCodes.Forbidden);
            return;
        }

        _user = user;
        _acknowledged = true;
        _queue.TryEnqueue(ServerMessages.ConnectionAck);
        WatchCredential(user);
    }

    /// <summary>The payload's credential if it carries one, else whoever opened the socket; null when refused.</summary>
    private async Task<ClaimsPrincipal?> AuthenticateAsync(JsonElement? payload)
    {
        var token = ConnectionInitCredentials.Find(payload, out var malformed);
        if (malformed)
            return null;
        if (token is null)
            return _user;
        _credential = token;
        var result = await _services.Authenticator.AuthenticateAsync(token, _aborted.Token).ConfigureAwait(false);
        return result.Succeeded ? result.Principal : null;
    }
}
