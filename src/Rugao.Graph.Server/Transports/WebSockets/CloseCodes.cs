using System.Net.WebSockets;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>A close frame's status and reason.</summary>
public sealed record CloseReason(WebSocketCloseStatus Status, string Description)
{
    /// <summary>RFC 6455 §5.5: a control frame's payload is at most 125 bytes, two of which carry the status.</summary>
    private const int MaxDescriptionBytes = 123;

    public static CloseReason Of(int status, string description) =>
        new((WebSocketCloseStatus)status, Fit(description));

    private static string Fit(string description)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(description) <= MaxDescriptionBytes)
        {
            return description;
        }

        const string ellipsis = "…";
        var end = description.Length;
        while (end > 0 && System.Text.Encoding.UTF8.GetByteCount(description.AsSpan(0, end)) + 3 > MaxDescriptionBytes)
        {
            end--;
        }

        return description[..end] + ellipsis;
    }
}

/// <summary>The close events of graphql-transport-ws, plus the RFC 6455 ones the server uses.</summary>
public static class CloseCodes
{
    public static readonly CloseReason Normal = new(WebSocketCloseStatus.NormalClosure, "");
    public static readonly CloseReason Unauthorized = CloseReason.Of(4401, "Unauthorized");
    public static readonly CloseReason Forbidden = CloseReason.Of(4403, "Forbidden");
    public static readonly CloseReason CredentialExpired = CloseReason.Of(4403, "Forbidden: the token has expired");
    public static readonly CloseReason CredentialRevoked = CloseReason.Of(4403, "Forbidden: the API key is no longer valid");
    public static readonly CloseReason SubprotocolNotAcceptable = CloseReason.Of(4406, "Subprotocol not acceptable");
    public static readonly CloseReason ConnectionInitialisationTimeout = CloseReason.Of(4408, "Connection initialisation timeout");
    public static readonly CloseReason TooManyInitialisationRequests = CloseReason.Of(4429, "Too many initialisation requests");
    public static readonly CloseReason SendQueueFull = CloseReason.Of(1013, "Too far behind; reconnect and resume from the last cursor");
    public static readonly CloseReason InternalServerError = CloseReason.Of(4500, "Internal server error");
    public static readonly CloseReason ServerStopping = new(WebSocketCloseStatus.EndpointUnavailable, "Server stopping");

    public static CloseReason BadRequest(string reason) => CloseReason.Of(4400, reason);

    public static CloseReason SubscriberAlreadyExists(string id) => CloseReason.Of(4409, $"Subscriber for {id} already exists");

    public static CloseReason MessageTooLarge(int maxBytes) => BadRequest($"Message larger than {maxBytes} bytes");
}
