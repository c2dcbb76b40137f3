using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

public sealed class GraphQLHttpPostTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private Uri Address => fixture.Server.Address;

    [Fact]
    public async Task Post_Query_Returns200WithData()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = "query($n: String!) { hello(name: $n) }", variables = new { n = "如皋" } }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("Hello, 如皋!", response.Data.GetProperty("hello").GetString());
        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task Post_Mutation_Executes()
    {
        var response = await fixture.SendAsync(Post(Address, new { query = "mutation { shout(text: \"hi\") }" }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("HI", response.Data.GetProperty("shout").GetString());
    }

    [Fact]
    public async Task Post_NamedOperation_RunsTheNamedOne()
    {
        var response = await fixture.SendAsync(Post(Address, new
        {
            query = "query A { a: hello(name: \"a\") } query B { b: hello(name: \"b\") }",
            operationName = "B",
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, b!", response.Data.GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("{ \"not a JSON")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[{\"query\":\"{ __typename }\"}]")]
    [InlineData("{\"query\":0}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[7]}")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":\"{}\"}")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":false}")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":{\"a\":1}}")]
    [InlineData("{\"qeury\":\"{ __typename }\"}")]
    [InlineData("{\"query\":null}")]
    public async Task Post_MalformedRequest_Returns400BadRequest(string body)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await fixture.SendAsync(PostRaw(Address, body, Json, accept));

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal(accept, response.MediaType);
            Assert.False(response.HasData);
            Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        }
    }

    [Fact]
    public async Task Post_NullOptionalParameters_AreIgnored()
    {
        var response = await fixture.SendAsync(PostRaw(Address,
            "{\"query\":\"{ __typename }\",\"operationName\":null,\"variables\":null,\"extensions\":null}", Json));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
    }
}
