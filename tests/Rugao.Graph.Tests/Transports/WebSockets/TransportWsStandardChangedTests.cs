using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Tests.Transports.TestSupport;

namespace Rugao.Graph.Tests.Transports.WebSockets;

/// <summary>The real <c>standardChanged</c> subscription over graphql-transport-ws, fed by mutations on another socket.</summary>
public sealed class TransportWsStandardChangedTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Create = """
        mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id } errors { code } } }
        """;

    private const string Changed = """
        subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind occurredAt standard { code } } }
        """;

    [Fact]
    public async Task MutationOnOneSocket_IsPushedToASubscriberOnAnother_UntilItCompletes()
    {
        var editor = await KeyAsync(Role.Editor);
        await using var writer = await ConnectedAsync(editor);
        await using var subscriber = await ConnectedAsync(editor);
        var after = await CursorOfAsync(writer, await CreateAsync(writer, "DB3206/T 9961"));

        // With `after`, nothing committed from here on can be missed, whether it is replayed or pushed live.
        await subscriber.SubscribeAsync("changes", Changed, new { after });
        await CreateAsync(writer, "DB3206/T 9962");
        var notice = await subscriber.ReceiveAsync();

        await subscriber.SendAsync(new { id = "changes", type = "complete" });
        await CreateAsync(writer, "DB3206/T 9963");
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
        await using var client = await ConnectedAsync(null);

        var messages = await client.RunAsync("changes", Changed, new { after = "not-a-cursor" });

        var error = Assert.Single(messages);
        Assert.Equal("error", error.Str("type"));
        Assert.NotNull(error.GetProperty("payload")[0].Str("extensions.code"));
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
                code, year = 2026, title = "推送测试规范",
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
