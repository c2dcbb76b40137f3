using System.Text.Json;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// Reads one client message and checks its shape (PROTOCOL.md §Message types): anything else is an invalid message,
/// which closes the socket with 4400 and the returned reason.
/// </summary>
internal static class ClientMessageReader
{
    public static ClientMessage? Read(ReadOnlyMemory<byte> utf8, out string? invalidReason)
    {
        invalidReason = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            invalidReason = "Invalid message received: not JSON";
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("Invalid message received: not an object", out invalidReason);
        }

        if (!root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            return Invalid("Invalid message received: 'type' must be a string", out invalidReason);
        }

        var type = typeElement.GetString()!;
        switch (type)
        {
            case TransportWsProtocol.ConnectionInit or TransportWsProtocol.Ping or TransportWsProtocol.Pong:
                return OptionalObject(root, "payload", out var payload)
                    ? new ClientMessage(type, null, payload)
                    : Invalid($"Invalid message received: '{type}' payload must be an object", out invalidReason);
            case TransportWsProtocol.Subscribe:
                if (Id(root) is not { } subscribeId)
                {
                    return Invalid("Invalid message received: 'subscribe' needs a non-empty string 'id'", out invalidReason);
                }

                if (SubscribePayloadProblem(root) is { } problem)
                {
                    return Invalid("Invalid message received: " + problem, out invalidReason);
                }

                return new ClientMessage(type, subscribeId, root.GetProperty("payload"));
            case TransportWsProtocol.Complete:
                return Id(root) is { } completeId
                    ? new ClientMessage(type, completeId, null)
                    : Invalid("Invalid message received: 'complete' needs a non-empty string 'id'", out invalidReason);
            default:
                // connection_ack, next and error travel only from server to client.
                return Invalid("Invalid message received: unexpected type", out invalidReason);
        }
    }

    private static string? SubscribePayloadProblem(JsonElement root)
    {
        if (!root.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return "'subscribe' payload must be an object";
        }

        if (!payload.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String)
        {
            return "'subscribe' payload needs a string 'query'";
        }

        if (!OptionalObject(payload, "variables", out _) || !OptionalObject(payload, "extensions", out _))
        {
            return "'variables' and 'extensions' must be objects";
        }

        if (payload.TryGetProperty("operationName", out var name) && name.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "'operationName' must be a string";
        }

        return null;
    }

    private static string? Id(JsonElement root) =>
        root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>True when the property is absent, null or an object; <paramref name="value"/> is the object.</summary>
    private static bool OptionalObject(JsonElement parent, string name, out JsonElement? value)
    {
        value = null;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        value = element;
        return true;
    }

    private static ClientMessage? Invalid(string reason, out string? invalidReason)
    {
        invalidReason = reason;
        return null;
    }
}
