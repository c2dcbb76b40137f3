using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>
/// Subscribers asking the same thing share one execution per notice; those asking something else (other variables)
/// still get their own result.
/// </summary>
public sealed class TransportWsSharedResultsTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Changed = """
        subscription($after: String, $withCode: Boolean!) {
          standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind standard @include(if: $withCode) { code } }
        }
        """;

    [Fact]
    public async Task IdenticalSubscribers_GetIdenticalPayloads_OtherVariablesTheirOwn()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        await using var writer = await api.ConnectedAsync(editor);
        await using var first = await api.ConnectedAsync(editor);
        await using var second = await api.ConnectedAsync(await TestKeys.ForRoleAsync(api, Role.Editor));
        await using var withoutCode = await api.ConnectedAsync(editor);
        var after = await writer.CursorOfAsync(await api.CreateStandardAsync(writer, "DB3206/T 9971"));

        await first.SubscribeAsync("a", Changed, new { after, withCode = true });
        await second.SubscribeAsync("b", Changed, new { after, withCode = true });
        await withoutCode.SubscribeAsync("c", Changed, new { after, withCode = false });
        await api.CreateStandardAsync(writer, "DB3206/T 9972");
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
}
