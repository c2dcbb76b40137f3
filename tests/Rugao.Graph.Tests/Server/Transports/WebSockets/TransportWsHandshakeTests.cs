using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>graphql-transport-ws connection set-up, ping/pong and the protocol's close codes, on the real server.</summary>
public sealed class TransportWsHandshakeTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    [Fact]
    public async Task Handshake_NegotiatesSubprotocolAndAcknowledgesInit()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        var ack = await client.InitAsync();

        Assert.Equal("graphql-transport-ws", client.NegotiatedProtocol);
        Assert.False(ack.TryGetProperty("id", out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("graphql-ws")]
    public async Task OtherSubprotocol_ClosesWith4406(string protocol)
    {
        string[] protocols = protocol.Length == 0 ? [] : [protocol];
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient(), protocols);

        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4406, closed.Code);
        Assert.Equal("Subprotocol not acceptable", closed.Description);
    }

    [Fact]
    public async Task NoInitWithinTimeout_ClosesWith4408()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        api.Clock.Advance(WebSocketApi.InitTimeout + TimeSpan.FromSeconds(1));
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4408, closed.Code);
        Assert.Equal("Connection initialisation timeout", closed.Description);
    }

    [Fact]
    public async Task InitInTime_IsNotClosedWhenTheTimeoutPasses()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        api.Clock.Advance(WebSocketApi.InitTimeout + TimeSpan.FromSeconds(1));
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("pong", (await client.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task SecondInit_ClosesWith4429()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        await client.SendAsync(new { type = "connection_init" });
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4429, closed.Code);
        Assert.Equal("Too many initialisation requests", closed.Description);
    }

    [Fact]
    public async Task SubscribeBeforeAck_ClosesWith4401()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        await client.SubscribeAsync("1", "{ __typename }");
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4401, closed.Code);
        Assert.Empty(closed.MessagesBefore);
    }

    [Theory]
    [InlineData("{\"type\": \"connection_init\"")]
    [InlineData("[1, 2]")]
    [InlineData("{\"id\": \"1\"}")]
    [InlineData("{\"type\": 7}")]
    [InlineData("{\"type\": \"shout\"}")]
    [InlineData("{\"type\": \"next\", \"id\": \"1\", \"payload\": {}}")]
    [InlineData("{\"type\": \"connection_ack\"}")]
    [InlineData("{\"type\": \"ping\", \"payload\": \"hello\"}")]
    [InlineData("{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ __typename }\"}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"\", \"payload\": {\"query\": \"{ __typename }\"}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": 42}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": \"{ __typename }\", \"variables\": [1]}}")]
    [InlineData("{\"type\": \"subscribe\", \"id\": \"1\"}")]
    [InlineData("{\"type\": \"complete\"}")]
    public async Task InvalidMessage_ClosesWith4400(string message)
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        await client.SendTextAsync(message);
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4400, closed.Code);
        Assert.StartsWith("Invalid message received", closed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedMessage_ClosesWith4400_AndOtherClientsCarryOn()
    {
        await using var bystander = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await bystander.InitAsync();
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        var padding = new string(' ', WebSocketApi.MaxMessageBytes);
        await client.SendTextAsync("{\"type\": \"ping\"" + padding + "}");
        var closed = await client.ReceiveCloseAsync();
        var result = await bystander.ResultAsync("1", "{ __typename }");

        Assert.Equal(4400, closed.Code);
        Assert.Contains(WebSocketApi.MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), closed.Description, StringComparison.Ordinal);
        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPongCarryingItsPayload_EvenBeforeInit()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        await client.SendTextAsync("{\"type\": \"ping\", \"payload\": {\"sent\": 17}}");
        var pong = await client.ReceiveAsync();

        Assert.Equal("pong", pong.GetProperty("type").GetString());
        Assert.Equal(17, pong.GetProperty("payload").GetProperty("sent").GetInt32());
    }

    [Fact]
    public async Task ServerPings_AfterTheInterval_AndAcceptsPong()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        api.Clock.Advance(WebSocketApi.PingInterval);
        var ping = await client.ReceiveAsync();
        await client.SendAsync(new { type = "pong" });
        await client.SendAsync(new { type = "pong", payload = new { unsolicited = true } });
        var result = await client.ResultAsync("after-pong", "{ __typename }");

        Assert.Equal("ping", ping.GetProperty("type").GetString());
        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task CompleteForUnknownId_IsIgnored()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        await client.SendAsync(new { id = "never-started", type = "complete" });
        var result = await client.ResultAsync("1", "{ __typename }");

        Assert.Equal("Query", result.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task ClientNormalClosure_IsAnsweredWith1000()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync();

        await client.CloseAsync();
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(1000, closed.Code);
    }
}
