using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>
/// A client that stops reading, on a real server process and real loopback sockets: once the kernel's buffers and its
/// small send queue are full it is disconnected with 1013, while another client on the same server is served.
/// </summary>
public sealed class SlowClientTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ClientThatStopsReading_IsClosedWith1013_AndOthersAreServed()
    {
        await using var server = await ServerProcess.StartAsync(null,
            "--GraphQL:WebSockets:SendQueueCapacity", "8", "--GraphQL:WebSockets:CloseTimeout", "00:05:00");
        var endpoint = new UriBuilder(server.Address) { Scheme = "ws" }.Uri;
        using var guard = new CancellationTokenSource(Guard);
        using var slow = await ConnectAsync(endpoint, guard.Token);
        using var bystander = await ConnectAsync(endpoint, guard.Token);

        // Each ping of ~60 KB comes back as a pong of the same size; the slow client reads none of them.
        var ping = Encoding.UTF8.GetBytes("{\"type\":\"ping\",\"payload\":{\"fill\":\"" + new string('x', 60_000) + "\"}}");
        for (var i = 0; i < 400 && slow.State == WebSocketState.Open; i++)
        {
            try
            {
                await slow.SendAsync(ping, WebSocketMessageType.Text, true, guard.Token);
            }
            catch (WebSocketException)
            {
                break;
            }
        }

        await SendAsync(bystander, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"{ __typename }\"}}", guard.Token);
        var answer = await ReceiveAsync(bystander, guard.Token);
        var (pongs, closeStatus) = await DrainAsync(slow, guard.Token);

        Assert.Equal("next", answer.RootElement.GetProperty("type").GetString());
        Assert.Equal((WebSocketCloseStatus)1013, closeStatus);
        Assert.InRange(pongs, 1, 399);
    }

    private static async Task<ClientWebSocket> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(endpoint, cancellationToken);
        await SendAsync(socket, "{\"type\":\"connection_init\"}", cancellationToken);
        using var ack = await ReceiveAsync(socket, cancellationToken);
        Assert.Equal("connection_ack", ack.RootElement.GetProperty("type").GetString());
        return socket;
    }

    private static Task SendAsync(WebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task<JsonDocument> ReceiveAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(chunk, cancellationToken);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            buffer.Write(chunk, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(buffer.ToArray());
    }

    /// <summary>Reads what was queued for the slow client, counting pongs, until the server's close frame.</summary>
    private static async Task<(int Pongs, WebSocketCloseStatus? Status)> DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var pongs = 0;
        var chunk = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (pongs, result.CloseStatus);
            }

            if (result.EndOfMessage)
            {
                pongs++;
            }
        }
    }
}
