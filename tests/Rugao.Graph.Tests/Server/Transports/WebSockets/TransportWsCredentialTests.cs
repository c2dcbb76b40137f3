using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>A socket ends when the credential it was opened with stops being valid. These tests move the server's clock.</summary>
public sealed class TransportWsCredentialTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Changed = "subscription { standardChanged { cursor } }";

    [Fact]
    public async Task JwtInConnectionInit_WhenItExpires_ClosesWith4403()
    {
        var (token, expires) = TestTokens.ExpiringSoon(api.Clock);
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync(new { Authorization = "Bearer " + token });
        await client.SubscribeAsync("changes", Changed);

        api.Clock.Advance(expires - api.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        await AssertOpenAsync(client);
        api.Clock.Advance(TimeSpan.FromSeconds(2));
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4403, closed.Code);
        Assert.Contains("expired", closed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JwtOfTheUpgradeRequest_WhenItExpires_ClosesWith4403()
    {
        var (token, expires) = TestTokens.ExpiringSoon(api.Clock);
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient(), bearer: token);
        await client.InitAsync();
        await client.SubscribeAsync("changes", Changed);

        api.Clock.Advance(expires - api.Clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4403, closed.Code);
    }

    [Fact]
    public async Task ApiKey_RevokedWhileConnected_ClosesWith4403AtTheNextPingAndOthersStayOpen()
    {
        var store = api.Services.GetRequiredService<ApiKeyStore>();
        var (revoked, revokedKey) = await TestKeys.CreateAsync(api, Role.Editor);
        var (_, keptKey) = await TestKeys.CreateAsync(api, Role.Editor);
        await using var doomed = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await doomed.InitAsync(new { Authorization = "Bearer " + revokedKey });
        await using var kept = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await kept.InitAsync(new { Authorization = "Bearer " + keptKey });

        Assert.True(await store.RevokeAsync(revoked.Id, default));
        api.Clock.Advance(WebSocketApi.PingInterval);
        var closed = await doomed.ReceiveCloseAsync();

        Assert.Equal(4403, closed.Code);
        Assert.Equal("ping", (await kept.ReceiveAsync()).Str("type"));
        Assert.Equal("Query", (await kept.ResultAsync("still", "{ __typename }")).Str("data.__typename"));
    }

    private static async Task AssertOpenAsync(TransportWsClient client)
    {
        await client.SendAsync(new { type = "ping", payload = new { probe = true } });
        while (true)
        {
            var message = await client.ReceiveAsync();
            if (message.Str("type") == "pong")
            {
                return;
            }
        }
    }
}
