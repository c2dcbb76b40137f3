using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>GraphQL request errors: 4xx with graphql-response+json, always 200 with application/json.</summary>
public sealed class GraphQLHttpErrorTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private Uri Address => fixture.Server.Address;

    [Theory]
    [InlineData("{ nope }", null, null, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{", null, null, "GRAPHQL_PARSE_FAILED")]
    [InlineData("query($id: ID!) { echoId(id: $id) }", "{\"id\":null}", null, "BAD_USER_INPUT")]
    [InlineData("query($n: String!) { hello(name: $n) }", "{\"n\":{\"a\":1}}", null, "BAD_USER_INPUT")]
    [InlineData("query A { __typename }", null, "B", "OPERATION_RESOLUTION_FAILURE")]
    [InlineData("query A { __typename } query B { __typename }", null, null, "OPERATION_RESOLUTION_FAILURE")]
    public async Task Post_RequestError_Is400AsGraphQLResponseAnd200AsJson(string query, string? variables, string? operationName, string code)
    {
        var body = $"{{\"query\":{System.Text.Json.JsonSerializer.Serialize(query)},\"variables\":{variables ?? "null"},\"operationName\":{(operationName is null ? "null" : $"\"{operationName}\"")}}}";

        var modern = await fixture.SendAsync(PostRaw(Address, body, Json, GraphQLResponseJson));
        var legacy = await fixture.SendAsync(PostRaw(Address, body, Json, Json));

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(GraphQLResponseJson, modern.MediaType);
        Assert.False(modern.HasData);
        Assert.Contains(code, modern.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(Json, legacy.MediaType);
        Assert.False(legacy.HasData);
        Assert.Contains(code, legacy.ErrorCodes);
    }

    [Fact]
    public async Task Post_UnexpectedResolverException_IsMaskedWithDataAnd200()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = "{ fail hello(name: \"x\") }" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, x!", response.Data.GetProperty("hello").GetString());
        Assert.Equal(["INTERNAL_SERVER_ERROR"], response.ErrorCodes);
        var raw = response.Body.GetRawText();
        Assert.DoesNotContain("hunter2", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("INVALID_OPERATION", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ResolverErrorWithCode_KeepsItsCode()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = "{ notFound }" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes);
        Assert.Equal("notFound", response.Errors[0].GetProperty("path")[0].GetString());
    }
}
