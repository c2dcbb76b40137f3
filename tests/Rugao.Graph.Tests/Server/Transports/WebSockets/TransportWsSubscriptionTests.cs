using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>
/// Streaming operations over graphql-transport-ws, driven by the echo schema's <c>ticks</c> subscription so the
/// test controls every event. Each test waits until its listeners are gone, so tests sharing the ticker stay apart.
/// </summary>
public sealed class TransportWsSubscriptionTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>, IAsyncLifetime
{
    private EchoTicker Ticker => fixture.Server.Services.GetRequiredService<EchoTicker>();

    public Task InitializeAsync() => Ticker.WaitForListenersAsync(0);

    public Task DisposeAsync() => Ticker.WaitForListenersAsync(0);

    [Fact]
    public async Task Subscription_SendsEachEventAsNext_ThenCompleteWhenTheSourceEnds()
    {
        await using var client = await ConnectedAsync();

        await client.SubscribeAsync("s1", "subscription { ticks }");
        await Ticker.WaitForListenersAsync(1);
        Ticker.Publish("one");
        Ticker.Publish("two");
        var first = await client.ReceiveAsync();
        var second = await client.ReceiveAsync();
        Ticker.CompleteAll();
        var complete = await client.ReceiveAsync();

        Assert.Equal("one", first.At("payload.data.ticks").GetString());
        Assert.Equal("two", second.At("payload.data.ticks").GetString());
        Assert.Equal("next", first.Str("type"));
        Assert.Equal("s1", second.Str("id"));
        Assert.Equal("complete", complete.Str("type"));
        Assert.Equal("s1", complete.Str("id"));
    }

    [Fact]
    public async Task ClientComplete_StopsTheSourceStream_AndTheIdIsFreeAgain()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("s1", "subscription { ticks }");
        await Ticker.WaitForListenersAsync(1);

        await client.SendAsync(new { id = "s1", type = "complete" });
        await Ticker.WaitForListenersAsync(0);
        Ticker.Publish("after complete");
        var result = await client.ResultAsync("s1", "{ hello(name: \"again\") }");

        Assert.Equal("Hello, again!", result.At("data.hello").GetString());
    }

    [Fact]
    public async Task SubscribeWithAnActiveId_ClosesWith4409()
    {
        await using var client = await ConnectedAsync();
        await client.SubscribeAsync("same", "subscription { ticks }");
        await Ticker.WaitForListenersAsync(1);

        await client.SubscribeAsync("same", "{ hello(name: \"x\") }");
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4409, closed.Code);
        Assert.Equal("Subscriber for same already exists", closed.Description);
        await Ticker.WaitForListenersAsync(0);
    }

    [Fact]
    public async Task SocketClosing_StopsEverySubscription()
    {
        var client = await ConnectedAsync();
        await client.SubscribeAsync("a", "subscription { ticks }");
        await client.SubscribeAsync("b", "subscription { ticks }");
        await Ticker.WaitForListenersAsync(2);

        await client.CloseAsync();
        await client.ReceiveCloseAsync();
        await client.DisposeAsync();

        await Ticker.WaitForListenersAsync(0);
    }

    [Fact]
    public async Task OneSlowOrBrokenClient_DoesNotStopTheOthers()
    {
        await using var broken = await ConnectedAsync();
        await using var healthy = await ConnectedAsync();
        await broken.SubscribeAsync("s", "subscription { ticks }");
        await healthy.SubscribeAsync("s", "subscription { ticks }");
        await Ticker.WaitForListenersAsync(2);

        await broken.SendTextAsync("not json");
        await Ticker.WaitForListenersAsync(1);
        Ticker.Publish("still here");
        var received = await healthy.ReceiveAsync();
        var closed = await broken.ReceiveCloseAsync();

        Assert.Equal("still here", received.At("payload.data.ticks").GetString());
        Assert.Equal(4400, closed.Code);
        await healthy.SendAsync(new { id = "s", type = "complete" });
    }

    [Fact]
    public async Task SubscriptionOverHttpPost_IsStillRefused()
    {
        var response = await fixture.SendAsync(GraphQLHttpRequests.Post(fixture.Server.Address, new { query = "subscription { ticks }" }));

        Assert.Equal(["OPERATION_NOT_ALLOWED"], response.ErrorCodes);
    }

    private async Task<TransportWsClient> ConnectedAsync()
    {
        var client = await TransportWsClient.ConnectAsync(fixture.Server.CreateWebSocketClient());
        await client.InitAsync();
        return client;
    }
}
