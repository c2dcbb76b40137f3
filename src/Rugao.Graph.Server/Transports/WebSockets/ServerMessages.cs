using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>The server-to-client messages, as UTF-8 JSON ready to be sent (PROTOCOL.md §Message types).</summary>
internal sealed class ServerMessages(IGraphQLTextSerializer serializer)
{
    public static readonly ReadOnlyMemory<byte> ConnectionAck = Fixed(TransportWsProtocol.ConnectionAck);
    public static readonly ReadOnlyMemory<byte> Ping = Fixed(TransportWsProtocol.Ping);
    private static ReadOnlySpan<byte> PayloadProperty => ",\"payload\":"u8;

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

    /// <summary>
    /// What comes before the payload in every <c>next</c> message of one operation, written once per operation:
    /// <c>{"id":…,"type":"next","payload":</c>.
    /// </summary>
    public static byte[] NextHead(string id)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", TransportWsProtocol.Next);
            writer.Flush();
        }
        return [.. buffer.WrittenSpan, .. PayloadProperty];
    }

    /// <summary>A <c>next</c> message: the operation's head, the result's shared JSON and the closing brace.</summary>
    public ReadOnlyMemory<byte> Next(byte[] head, ExecutionResult result)
    {
        var payload = SerializedResult.Of(result, serializer).Utf8;
        var message = GC.AllocateUninitializedArray<byte>(head.Length + payload.Length + 1);
        head.CopyTo(message, 0);
        payload.CopyTo(message, head.Length);
        message[^1] = (byte)'}';
        return message;
    }

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
            {
                writer.WriteString("id", id);
            }

            writer.WriteString("type", type);
            payload(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }
}
