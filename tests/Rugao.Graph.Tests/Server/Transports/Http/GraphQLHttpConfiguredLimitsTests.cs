using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>The limits come from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpConfiguredLimitsTests : IAsyncLifetime
{
    private EchoServer server = null!;

    public async Task InitializeAsync() => server = await EchoServer.StartAsync(settings: new Dictionary<string, string?>
    {
        ["GraphQL:MaxRequestBytes"] = "200",
        ["GraphQL:MaxQueryLength"] = "60",
        ["GraphQL:MaxDepth"] = "3",
        ["GraphQL:MaxAliases"] = "2",
    });

    public async Task DisposeAsync() => await server.DisposeAsync();

    private Task<GraphQLHttpResponse> SendAsync(string body) =>
        GraphQLHttpResponse.SendAsync(server.Client, PostRaw(server.Address, body, Json));

    [Fact]
    public async Task ConfiguredLimits_Apply()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("{\"query\":\"{ nest { child { level } } }\"}")).Status);
        Assert.Equal(["QUERY_TOO_DEEP"], (await SendAsync("{\"query\":\"{ nest { child { child { level } } } }\"}")).ErrorCodes);
        Assert.Equal(["TOO_MANY_ALIASES"], (await SendAsync("{\"query\":\"{ a: __typename b: __typename c: __typename }\"}")).ErrorCodes);
        Assert.Equal(["QUERY_TOO_LONG"], (await SendAsync($"{{\"query\":\"{{ __typename }} #{new string('x', 50)}\"}}")).ErrorCodes);
    }

    [Fact]
    public async Task ConfiguredBodyLimit_IsExact()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(BodyOfLength(200))).Status);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await SendAsync(BodyOfLength(201))).Status);
    }

    private static string BodyOfLength(int length)
    {
        const string prefix = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"";
        const string suffix = "\"}}";
        return prefix + new string('x', length - prefix.Length - suffix.Length) + suffix;
    }
}
