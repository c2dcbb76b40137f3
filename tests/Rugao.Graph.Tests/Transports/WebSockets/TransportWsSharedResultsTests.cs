using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Tests.Transports.TestSupport;

namespace Rugao.Graph.Tests.Transports.WebSockets;

/// <summary>
/// Subscribers asking the same thing share one execution per notice; those asking something else (other variables)
/// still get their own result.
/// </summary>
public sealed class TransportWsSharedResultsTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Create = """
        mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id } errors { code } } }
        """;

    private const string Changed = """
        subscription($after: String, $withCode: Boolean!) {
          standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind standard @include(if: $withCode) { code } }
        }
        """;

    [Fact]
    public async Task IdenticalSubscribers_GetIdenticalPayloads_OtherVariablesTheirOwn()
    {
        var editor = await KeyAsync(Role.Editor);
        await using var writer = await ConnectedAsync(editor);
        await using var first = await ConnectedAsync(editor);
        await using var second = await ConnectedAsync(await KeyAsync(Role.Editor));
        await using var withoutCode = await ConnectedAsync(editor);
        var after = await CursorOfAsync(writer, await CreateAsync(writer, "DB3206/T 9971"));

        await first.SubscribeAsync("a", Changed, new { after, withCode = true });
        await second.SubscribeAsync("b", Changed, new { after, withCode = true });
        await withoutCode.SubscribeAsync("c", Changed, new { after, withCode = false });
        await CreateAsync(writer, "DB3206/T 9972");
        var one = await first.ReceiveAsync();
        var two = await second.ReceiveAsync();
        var three = await withoutCode.ReceiveAsync();

        Assert.StartsWith("DB3206/T 9972", one.Str("payload.data.standardChanged.standard.code"), StringComparison.Ordinal);
        Assert.Equal("a", one.Str("id"));
        Assert.Equal("b", two.Str("id"));
        Assert.Equal(one.GetProperty("payload").GetRawText(), two.GetProperty("payload").GetRawText());
        Assert.Equal("c", three.Str("id"));
        Assert.Equal(one.Str("payload.data.standardChanged.cursor"), three.Str("payload.data.standardChanged.cursor"));
        Assert.False(three.GetProperty("payload").GetProperty("data").GetProperty("standardChanged").TryGetProperty("standard", out _));
    }

    private async Task<TransportWsClient> ConnectedAsync(string? key)
    {
        var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync(key is null ? null : new { Authorization = "Bearer " + key });
        return client;
    }

    private async Task<string> CreateAsync(TransportWsClient writer, string code)
    {
        var ids = await api.DataAsync("{ departments { id } standardSystem { id } }");
        var payload = await writer.ResultAsync("create-" + code, Create, new
        {
            input = new
            {
                code, year = 2026, title = "共享推送测试规范",
                departmentId = ids.Items("departments")[0].Str("id"), systemNodeId = ids.Items("standardSystem")[0].Str("id"),
            },
        });
        Assert.Empty(payload.Items("data.createStandard.errors"));
        return payload.Str("data.createStandard.standard.id")!;
    }

    private static async Task<string> CursorOfAsync(TransportWsClient client, string standardId)
    {
        var payload = await client.ResultAsync("cursor", "query($id: ID!) { changes(where: { standard: [$id] }) { nodes { cursor } } }", new { id = standardId });
        return payload.Items("data.changes.nodes")[^1].Str("cursor")!;
    }

    private async Task<string> KeyAsync(Role role) =>
        (await api.Services.GetRequiredService<ApiKeyStore>().CreateAsync(role + "-" + Guid.NewGuid().ToString("N"), role, "test", default)).Item2;
}
