using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>Per-connection limits of the WebSocket transport, on an echo server configured with tiny ones.</summary>
public sealed class TransportWsLimitsTests
{
    [Fact]
    public async Task OperationsBeyondTheLimit_GetAnErrorMessage_AndTheConnectionStays()
    {
        await using var server = await EchoServer.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:WebSockets:MaxOperationsPerConnection"] = "1",
        });
        var ticker = server.Services.GetRequiredService<EchoTicker>();
        await using var client = await TransportWsClient.ConnectAsync(server.CreateWebSocketClient());
        await client.InitAsync();
        await client.SubscribeAsync("first", "subscription { ticks }");
        await ticker.WaitForListenersAsync(1);

        var refused = await client.RunAsync("second", "subscription { ticks }");
        ticker.Publish("to the first");
        var delivered = await client.ReceiveAsync();

        var error = Assert.Single(refused);
        Assert.Equal("error", error.Str("type"));
        Assert.Equal("TOO_MANY_OPERATIONS", error.GetProperty("payload")[0].Str("extensions.code"));
        Assert.Equal("first", delivered.Str("id"));
        Assert.Equal("to the first", delivered.At("payload.data.ticks").GetString());
    }
}
