using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>Queries and mutations over graphql-transport-ws, and who the connection acts as.</summary>
public sealed class TransportWsOperationTests(WebSocketApi api) : IClassFixture<WebSocketApi>
{
    private const string Viewer = "{ viewer { authenticated name role } }";

    private const string Create = """
        mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id } errors { code } } }
        """;

    [Fact]
    public async Task Query_IsOneNextThenComplete()
    {
        await using var client = await ConnectedAsync();

        var messages = await client.RunAsync("q1", "query($code: String!) { standard(code: $code) { code } }", new { code = "GB/T 28220" });

        Assert.Equal(["next", "complete"], messages.Select(Type));
        Assert.All(messages, m => Assert.Equal("q1", m.GetProperty("id").GetString()));
        Assert.StartsWith("GB/T 28220", messages[0].GetProperty("payload").Str("data.standard.code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidDocument_IsOneErrorMessageWithCodes_AndTheIdCanBeReused()
    {
        await using var client = await ConnectedAsync();

        var messages = await client.RunAsync("q1", "{ standards { nodes { colour } } }");
        var again = await client.ResultAsync("q1", "{ __typename }");

        var error = Assert.Single(messages);
        Assert.Equal("error", Type(error));
        var errors = error.GetProperty("payload").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("GRAPHQL_VALIDATION_FAILED", e.Str("extensions.code")));
        Assert.Equal("Query", again.Str("data.__typename"));
    }

    [Fact]
    public async Task FieldError_IsNextWithCodedErrors()
    {
        await using var client = await ConnectedAsync();

        var payload = await client.ResultAsync("q1", "{ standard(code: \"GB/T 99999-2020\") { title } }");

        Assert.Equal(JsonValueKind.Null, payload.At("data.standard").ValueKind);
        Assert.Equal("STANDARD_NOT_FOUND", payload.GetProperty("errors")[0].Str("extensions.code"));
    }

    [Fact]
    public async Task SeveralOperations_InterleaveOnOneConnection()
    {
        await using var client = await ConnectedAsync();

        foreach (var id in new[] { "a", "b", "c" })
        {
            await client.SubscribeAsync(id, "{ departments { id } }");
        }

        var completed = new HashSet<string>();
        while (completed.Count < 3)
        {
            var message = await client.ReceiveAsync();
            if (Type(message) == "complete")
            {
                completed.Add(message.GetProperty("id").GetString()!);
            }
        }

        Assert.Equal(["a", "b", "c"], completed.Order());
    }

    [Fact]
    public async Task Anonymous_MutationIsRefusedAsUnauthenticated_AndWritesNothing()
    {
        await using var client = await ConnectedAsync();

        var payload = await client.ResultAsync("m1", Create, new { input = await TestStandards.CreateInputAsync(api.GraphQL(), "DB3206/T 9931") });
        var found = await api.PostAsync("{ standard(code: \"DB3206/T 9931\") { id } }", bearer: await TestKeys.ForRoleAsync(api, Role.Editor));

        Assert.Equal("UNAUTHENTICATED", payload.GetProperty("errors")[0].Str("extensions.code"));
        Assert.Equal(JsonValueKind.Null, found.Data.At("standard").ValueKind);
    }

    [Fact]
    public async Task ApiKeyInInitPayload_MutationRunsAsThatKey()
    {
        var key = await TestKeys.ForRoleAsync(api, Role.Editor);
        await using var client = await ConnectedAsync(new { Authorization = "Bearer " + key });

        var viewer = await client.ResultAsync("v", Viewer);
        var created = await client.ResultAsync("m1", Create, new { input = await TestStandards.CreateInputAsync(api.GraphQL(), "DB3206/T 9932") });

        Assert.Equal("EDITOR", viewer.Str("data.viewer.role"));
        Assert.Empty(created.Items("data.createStandard.errors"));
        Assert.Equal(JsonValueKind.String, created.At("data.createStandard.standard.id").ValueKind);
    }

    [Fact]
    public async Task EditorKey_PublisherMutationIsForbidden()
    {
        await using var client = await ConnectedAsync(new { authorization = "Bearer " + await TestKeys.ForRoleAsync(api, Role.Editor) });

        var payload = await client.ResultAsync("m1", """
            mutation { publishStandardVersion(input: { draftId: "U3RhbmRhcmRWZXJzaW9uOjE", expectedVersionToken: "x",
              expectedDraftVersionToken: "x", effectiveFrom: "2027-01-01" }) { errors { code } } }
            """);

        Assert.Equal("FORBIDDEN", payload.GetProperty("errors")[0].Str("extensions.code"));
    }

    [Fact]
    public async Task BareTokenInInitPayload_Authenticates()
    {
        await using var client = await ConnectedAsync(new { token = await TestKeys.ForRoleAsync(api, Role.Publisher) });

        var viewer = await client.ResultAsync("v", Viewer);

        Assert.Equal("PUBLISHER", viewer.Str("data.viewer.role"));
    }

    [Fact]
    public async Task SingleSignOnTokenInInitPayload_Authenticates()
    {
        await using var client = await ConnectedAsync(new { Authorization = "Bearer " + TestTokens.For("publisher", "li.na") });

        var viewer = await client.ResultAsync("v", Viewer);

        Assert.Equal("li.na", viewer.Str("data.viewer.name"));
        Assert.Equal("PUBLISHER", viewer.Str("data.viewer.role"));
    }

    [Fact]
    public async Task UpgradeRequestHeader_IsTheIdentityWhenThePayloadHasNone()
    {
        var key = await TestKeys.ForRoleAsync(api, Role.Admin);
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient(), bearer: key);
        await client.InitAsync();

        var viewer = await client.ResultAsync("v", Viewer);

        Assert.Equal("ADMIN", viewer.Str("data.viewer.role"));
    }

    public static TheoryData<string> RefusedPayloads => new()
    {
        "{\"Authorization\": \"Bearer rgk_000000000000_0000000000000000000000000000000000000000000000000000000000000000\"}",
        "{\"Authorization\": \"Bearer not-a-token\"}",
        "{\"Authorization\": \"Basic dXNlcjpwYXNz\"}",
        "{\"authorization\": 42}",
        "{\"token\": \"\"}",
    };

    [Theory]
    [MemberData(nameof(RefusedPayloads))]
    public async Task RefusedCredentials_CloseWith4403(string payload)
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        await client.SendTextAsync("{\"type\": \"connection_init\", \"payload\": " + payload + "}");
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4403, closed.Code);
        Assert.Equal("Forbidden", closed.Description);
        Assert.Empty(closed.MessagesBefore);
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_ClosesWith4403()
    {
        await using var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());

        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + TestTokens.For("admin", "mallory", signingKey: "another-signing-key-of-32-bytes-or-more") } });
        var closed = await client.ReceiveCloseAsync();

        Assert.Equal(4403, closed.Code);
    }

    private async Task<TransportWsClient> ConnectedAsync(object? initPayload = null)
    {
        var client = await TransportWsClient.ConnectAsync(api.CreateWebSocketClient());
        await client.InitAsync(initPayload);
        return client;
    }

    private static string Type(JsonElement message) => message.GetProperty("type").GetString()!;
}
