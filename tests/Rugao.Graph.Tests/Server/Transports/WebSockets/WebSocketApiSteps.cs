using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>The steps push tests over a WebSocket share: a key, an acknowledged socket, a standard created through it, its cursor.</summary>
internal static class WebSocketApiSteps
{
    private const string Create = """
        mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id } errors { code } } }
        """;

    /// <summary>A socket past <c>connection_init</c>, with <paramref name="key"/> or anonymous.</summary>
    public static async Task<TransportWsClient> ConnectedAsync(this WebSocketApi api, string? key)
    {
        var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync(key is null ? null : new { Authorization = "Bearer " + key });
        return client;
    }

    /// <summary>Creates a standard through <paramref name="writer"/> (which commits a change notice); its ID.</summary>
    public static async Task<string> CreateStandardAsync(this WebSocketApi api, TransportWsClient writer, string code)
    {
        var input = await TestStandards.CreateInputAsync(api.GraphQL(), code, "推送测试规范");
        var payload = await writer.ResultAsync("create-" + code, Create, new { input });
        Assert.Empty(payload.Items("data.createStandard.errors"));
        return payload.Str("data.createStandard.standard.id")!;
    }

    /// <summary>The cursor of the latest change notice about the standard.</summary>
    public static async Task<string> CursorOfAsync(this TransportWsClient client, string standardId)
    {
        var payload = await client.ResultAsync("cursor", "query($id: ID!) { changes(where: { standard: [$id] }) { nodes { cursor } } }", new { id = standardId });
        return payload.Items("data.changes.nodes")[^1].Str("cursor")!;
    }
}
