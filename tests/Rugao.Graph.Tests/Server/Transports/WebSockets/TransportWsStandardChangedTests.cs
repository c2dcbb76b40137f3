using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>The real <c>standardChanged</c> subscription over graphql-transport-ws, fed by mutations on another socket.</summary>
public sealed class TransportWsStandardChangedTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Changed = """
        subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind occurredAt standard { code } } }
        """;

    [Fact]
    public async Task MutationOnOneSocket_IsPushedToASubscriberOnAnother_UntilItCompletes()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        await using var writer = await api.ConnectedAsync(editor);
        await using var subscriber = await api.ConnectedAsync(editor);
        var after = await writer.CursorOfAsync(await api.CreateStandardAsync(writer, "DB3206/T 9961"));

        // With `after`, nothing committed from here on can be missed, whether it is replayed or pushed live.
        await subscriber.SubscribeAsync("changes", Changed, new { after });
        await api.CreateStandardAsync(writer, "DB3206/T 9962");
        var notice = await subscriber.ReceiveAsync();

        await subscriber.SendAsync(new { id = "changes", type = "complete" });
        await api.CreateStandardAsync(writer, "DB3206/T 9963");
        var afterComplete = await subscriber.RunAsync("q", "{ __typename }", keepOthers: true);

        Assert.Equal("next", notice.Str("type"));
        Assert.Equal("changes", notice.Str("id"));
        Assert.Equal("CREATED", notice.Str("payload.data.standardChanged.kind"));
        Assert.StartsWith("DB3206/T 9962", notice.Str("payload.data.standardChanged.standard.code"), StringComparison.Ordinal);
        Assert.All(afterComplete, m => Assert.Equal("q", m.Str("id")));
    }

    [Fact]
    public async Task BadCursor_IsAnErrorMessage()
    {
        await using var client = await api.ConnectedAsync(null);

        var messages = await client.RunAsync("changes", Changed, new { after = "not-a-cursor" });

        var error = Assert.Single(messages);
        Assert.Equal("error", error.Str("type"));
        Assert.NotNull(error.GetProperty("payload")[0].Str("extensions.code"));
    }
}
