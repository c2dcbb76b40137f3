using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Limits;

/// <summary>The default document limits, checked over HTTP: depth 12 (fragments counted, introspection not), 50 aliases.</summary>
public sealed class MaxDepthAndAliasesRulesTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
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
    [InlineData(Json, HttpStatusCode.OK)]
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
}
