using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>The server-to-client messages, as UTF-8 JSON ready to be sent (PROTOCOL.md §Message types).</summary>
internal sealed class ServerMessages(IGraphQLTextSerializer serializer)
{
    public static readonly ReadOnlyMemory<byte> ConnectionAck = Fixed(TransportWsProtocol.ConnectionAck);
    public static readonly ReadOnlyMemory<byte> Ping = Fixed(TransportWsProtocol.Ping);

    /// <summary>A pong carries back the ping's payload, if it had one.</summary>
    public static ReadOnlyMemory<byte> Pong(JsonElement? pingPayload) =>
        Write(TransportWsProtocol.Pong, null, writer =>
        {
            if (pingPayload is { } payload)
            {
                writer.WritePropertyName("payload");
                payload.WriteTo(writer);
            }
        });

    public ReadOnlyMemory<byte> Next(string id, ExecutionResult result) =>
        Write(TransportWsProtocol.Next, id, writer =>
        {
            writer.WritePropertyName("payload");
            writer.WriteRawValue(SerializedResult.Of(result, serializer).Utf8, skipInputValidation: true);
        });

    /// <summary>An <c>error</c> message: a non-empty list of GraphQL errors, each with its stable code.</summary>
    public ReadOnlyMemory<byte> Error(string id, IEnumerable<ExecutionError> errors) =>
        Write(TransportWsProtocol.Error, id, writer =>
        {
            writer.WritePropertyName("payload");
            writer.WriteRawValue(serializer.Serialize(errors.ToArray()), skipInputValidation: true);
        });

    public static ReadOnlyMemory<byte> Complete(string id) => Write(TransportWsProtocol.Complete, id, _ => { });

    private static ReadOnlyMemory<byte> Fixed(string type) => Write(type, null, _ => { });

    private static ReadOnlyMemory<byte> Write(string type, string? id, Action<Utf8JsonWriter> payload)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (id is not null)
                writer.WriteString("id", id);
            writer.WriteString("type", type);
            payload(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
