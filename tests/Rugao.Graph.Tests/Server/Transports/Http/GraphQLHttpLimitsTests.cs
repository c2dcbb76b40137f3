using System.Net;
using System.Text;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>The default limits: 256 KiB bodies, 16 000-character documents, depth 12, 50 aliases.</summary>
public sealed class GraphQLHttpLimitsTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private Uri Address => fixture.Server.Address;

    /// <summary>An operation whose deepest path has exactly <paramref name="depth"/> fields.</summary>
    internal static string NestedQuery(int depth) =>
        "{ nest { " + string.Concat(Enumerable.Repeat("child { ", depth - 2)) + "level" + new string('}', depth - 1) + " }";

    [Fact]
    public async Task Depth_AtLimit_Executes()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = NestedQuery(12) }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(ApplicationJson, HttpStatusCode.OK)]
    public async Task Depth_OverLimit_IsQueryTooDeep(string accept, HttpStatusCode expected)
    {
        var response = await fixture.SendAsync(Post(Address, new { query = NestedQuery(13) }, accept));

        Assert.Equal(expected, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(["QUERY_TOO_DEEP"], response.ErrorCodes);
    }

    [Fact]
    public async Task Depth_ThroughFragments_IsCounted()
    {
        var query = "query { nest { ...Deep } } fragment Deep on Nest { child { ...Deeper } } "
            + "fragment Deeper on Nest { " + NestedQuery(12)[2..^2].Replace("nest", "child", StringComparison.Ordinal) + " }";

        var response = await fixture.SendAsync(Post(Address, new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_TOO_DEEP"], response.ErrorCodes);
    }

    [Fact]
    public async Task Depth_CyclicFragments_AreAValidationErrorNotAHang()
    {
        const string query = "{ nest { ...A } } fragment A on Nest { child { ...B } } fragment B on Nest { child { ...A } }";

        var response = await fixture.SendAsync(Post(Address, new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", response.ErrorCodes);
    }

    [Fact]
    public async Task Depth_IntrospectionIsNotCounted()
    {
        var query = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 10)) + "name" + new string('}', 10) + " } } } } }";

        var response = await fixture.SendAsync(Post(Address, new { query }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Aliases_OverLimit_AreTooManyAliases()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 51).Select(i => $"a{i}: __typename")) + " }";

        var response = await fixture.SendAsync(Post(Address, new { query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["TOO_MANY_ALIASES"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(ApplicationJson, HttpStatusCode.OK)]
    public async Task QueryLength_OverLimit_IsQueryTooLong(string accept, HttpStatusCode expected)
    {
        var query = "{ __typename }\n#" + new string('x', 16_000);

        var response = await fixture.SendAsync(Post(Address, new { query }, accept));

        Assert.Equal(expected, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["QUERY_TOO_LONG"], response.ErrorCodes);
    }

    [Fact]
    public async Task QueryLength_OverLimitOverGet_IsQueryTooLong()
    {
        var query = "{ __typename }\n#" + new string('x', 16_000);

        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string> { ["query"] = query }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_TOO_LONG"], response.ErrorCodes);
    }

    [Fact]
    public async Task Body_OverLimit_Returns413()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = "{ __typename }", variables = new { pad = new string('x', 256 * 1024) } }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    [Fact]
    public async Task Body_OverLimitWithoutContentLength_Returns413()
    {
        var json = $"{{\"query\":\"{{ __typename }}\",\"extensions\":{{\"pad\":\"{new string('x', 300 * 1024)}\"}}}}";
        var request = new HttpRequestMessage(HttpMethod.Post, Address)
        {
            Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await fixture.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(["REQUEST_TOO_LARGE"], response.ErrorCodes);
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
