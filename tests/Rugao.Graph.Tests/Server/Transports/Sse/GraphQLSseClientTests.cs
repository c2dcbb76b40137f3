using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>
/// The reference client, npm graphql-sse 2.6.1 in distinct and in single connection mode, against the real server
/// process on a loopback socket.
/// </summary>
public sealed class GraphQLSseClientTests(EditorServer editor) : IClassFixture<EditorServer>
{
    private const string Package = "graphql-sse";
    private const string Subscribe = "sse-subscribe.mjs";
    private const string SingleConnection = "sse-single-connection.mjs";

    [ReferenceClientFact(Package)]
    public async Task Query_OverSse_IsOneNextThenComplete()
    {
        using var client = ReferenceClients.Start(Subscribe, StreamUrl(await editor.ServerAsync()), "-", "5", "{ changes(first: 2) { edges { cursor } } }");
        var output = await client.OutputAsync();

        Assert.Equal(2, output.Count);
        Assert.Equal(2, output[0].Items("next.data.changes.edges").Count);
        Assert.Equal("complete", output[1].Str("ended"));
    }

    [ReferenceClientFact(Package)]
    public async Task ValidationError_OverSse_IsSentAsNextOnTheAcceptedStream()
    {
        using var client = ReferenceClients.Start(Subscribe, StreamUrl(await editor.ServerAsync()), "-", "5", "subscription { standardChanged { nope } }");
        var output = await client.OutputAsync();

        var error = Assert.Single(output[0].Items("next.errors"));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.Str("extensions.code"));
        Assert.Equal("complete", output[1].Str("ended"));
    }

    [ReferenceClientFact(Package)]
    public async Task StandardChanged_WithEditorKey_ReceivesTheDraftCreatedThroughHttp()
    {
        var server = await editor.ServerAsync();
        var key = editor.Key;
        using var http = new HttpClient();
        var head = await ChangeLogHead.CursorAsync(server.GraphQL(http, key));

        using var client = ReferenceClients.Start(Subscribe, StreamUrl(server), key, "1",
            "subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind summary } }",
            JsonSerializer.Serialize(new { after = head }));
        await TestStandards.CreateAsync(server.GraphQL(http, key), "DB3206/T 9951");
        var output = await client.OutputAsync();

        Assert.True(output.Count == 2, client.Errors + string.Join('\n', output));
        var notice = output[0].At("next.data.standardChanged");
        Assert.Equal("CREATED", notice.Str("kind"));
        Assert.Contains("DB3206/T 9951", notice.Str("summary"), StringComparison.Ordinal);
        Assert.Equal("enough", output[1].Str("ended"));
    }

    [ReferenceClientFact(Package)]
    public async Task SingleConnection_QueryAndSubscription_ShareOneStreamAndTheSubscriptionIsStoppedByDelete()
    {
        var server = await editor.ServerAsync();
        var key = editor.Key;
        using var http = new HttpClient();
        var head = await ChangeLogHead.CursorAsync(server.GraphQL(http, key));
        var operations = JsonSerializer.Serialize(new object[]
        {
            new { name = "query", query = "{ changes(first: 2) { edges { cursor } } }", wanted = 5 },
            new
            {
                name = "changes", wanted = 1,
                query = "subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor kind summary } }",
                variables = new { after = head },
            },
        });

        using var client = ReferenceClients.Start(SingleConnection, StreamUrl(server), key, operations);
        await TestStandards.CreateAsync(server.GraphQL(http, key), "DB3206/T 9952");
        var output = await client.OutputAsync();

        var of = (string name) => output.Where(line => line.TryGetProperty("op", out var op) && op.GetString() == name).ToList();
        var exchanges = output.Where(line => line.TryGetProperty("http", out _)).Select(line => line.Str("http")).ToList();
        Assert.True(of("changes").Count == 2, client.Errors + string.Join('\n', output));
        Assert.Equal(["DELETE 200", "GET 200", "POST 202", "POST 202", "PUT 201"], exchanges.Order(StringComparer.Ordinal));
        var query = of("query");
        Assert.Equal(2, query[0].Items("next.data.changes.edges").Count);
        Assert.Equal("complete", query[1].Str("ended"));
        var notice = of("changes")[0].At("next.data.standardChanged");
        Assert.Equal("CREATED", notice.Str("kind"));
        Assert.Contains("DB3206/T 9952", notice.Str("summary"), StringComparison.Ordinal);
        Assert.Equal("enough", of("changes")[1].Str("ended"));
    }

    [ReferenceClientFact(Package)]
    public async Task SingleConnection_ValidationError_IsAnsweredOnThePostAndTheClientReportsIt()
    {
        var operations = JsonSerializer.Serialize(new[] { new { name = "bad", query = "{ nope }", wanted = 1 } });

        using var client = ReferenceClients.Start(SingleConnection, StreamUrl(await editor.ServerAsync()), "-", operations);
        var output = await client.OutputAsync();

        // The client sends no Accept, so the answer is application/json, where GraphQL over HTTP gives 200; anything
        // but 202 tells the client the operation did not start.
        Assert.Contains(output, line => line.TryGetProperty("http", out var h) && h.GetString() == "POST 200");
        Assert.Contains(output, line => line.TryGetProperty("op", out var op) && op.GetString() == "bad" && line.TryGetProperty("error", out _));
    }


    private static string StreamUrl(ServerProcess server) => server.Address + "/stream";
}

/// <summary>One server process, shared by a test class, with an EDITOR API key made before it started.</summary>
public sealed class EditorServer : IAsyncLifetime
{
    private ServerProcess? server;

    public string Key { get; private set; } = "";

    public Task<ServerProcess> ServerAsync() => Task.FromResult(server!);

    public async Task InitializeAsync()
    {
        var data = ServerProcess.NewDataDirectory();
        Key = await TestKeys.ForRoleAsync(data, Role.Editor, "push");
        server = await ServerProcess.StartAsync(data);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
