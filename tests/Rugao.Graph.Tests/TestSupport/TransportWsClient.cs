using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// A raw graphql-transport-ws client over a real <see cref="WebSocket"/>, so tests can send exactly the frames a
/// misbehaving client would. Every wait has a generous guard so a broken server fails the test instead of hanging it.
/// </summary>
public sealed class TransportWsClient : IAsyncDisposable
{
    public const string SubProtocol = "graphql-transport-ws";
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly WebSocket socket;

    private TransportWsClient(WebSocket socket) => this.socket = socket;

    /// <summary>Who closed and why, once the server has closed the socket.</summary>
    public sealed record Closure(WebSocketCloseStatus? Status, string? Description, IReadOnlyList<JsonElement> MessagesBefore)
    {
        public int Code => (int)(Status ?? 0);
    }

    public string? NegotiatedProtocol => socket.SubProtocol;

    public WebSocketState State => socket.State;

    public static async Task<TransportWsClient> ConnectAsync(WebSocketClient client, string[]? protocols = null, string? bearer = null)
    {
        foreach (var protocol in protocols ?? [SubProtocol])
        {
            client.SubProtocols.Add(protocol);
        }

        if (bearer is not null)
        {
            client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + bearer;
        }

        using var guard = new CancellationTokenSource(Guard);
        return new TransportWsClient(await client.ConnectAsync(new Uri("ws://localhost/graphql"), guard.Token));
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var guard = new CancellationTokenSource(Guard);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, guard.Token);
    }

    /// <summary>The next message; fails when the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, closed) = await ReadAsync();
        Assert.True(message is not null, $"The server closed the socket ({closed?.Code} {closed?.Description}) instead of sending a message.");
        return message.Value;
    }

    /// <summary>Reads until the server closes the socket, answers its close, and returns the close event.</summary>
    public async Task<Closure> ReceiveCloseAsync()
    {
        var before = new List<JsonElement>();
        while (true)
        {
            var (message, closed) = await ReadAsync();
            if (closed is not null)
            {
                return closed with { MessagesBefore = before };
            }

            before.Add(message!.Value);
        }
    }

    /// <summary><c>connection_init</c> with an optional payload; returns the server's answer (ack expected).</summary>
    public async Task<JsonElement> InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        return ack;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>Runs a single-result operation: its messages up to and including its complete or error.</summary>
    /// <param name="keepOthers">Also return messages for other operations that arrive meanwhile.</param>
    public async Task<IReadOnlyList<JsonElement>> RunAsync(string id, string query, object? variables = null, bool keepOthers = false)
    {
        await SubscribeAsync(id, query, variables);
        var messages = new List<JsonElement>();
        while (true)
        {
            var message = await ReceiveAsync();
            if (!keepOthers && message.TryGetProperty("id", out var messageId) && messageId.GetString() != id)
            {
                continue;
            }

            messages.Add(message);
            if (message.GetProperty("type").GetString() is "complete" or "error")
            {
                return messages;
            }
        }
    }

    /// <summary>The <c>next</c> payload of a query or mutation that must succeed as next + complete.</summary>
    public async Task<JsonElement> ResultAsync(string id, string query, object? variables = null)
    {
        var messages = await RunAsync(id, query, variables);
        Assert.Equal(["next", "complete"], messages.Select(m => m.GetProperty("type").GetString()));
        return messages[0].GetProperty("payload");
    }

    public async Task CloseAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", guard.Token);
    }

    private async Task<(JsonElement? Message, Closure? Closed)> ReadAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, guard.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", guard.Token);
                }

                return (null, new Closure(result.CloseStatus, result.CloseStatusDescription, []));
            }
            buffer.Write(chunk, 0, result.Count);
            if (result.EndOfMessage)
            {
                return (JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), null);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Abort();
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
