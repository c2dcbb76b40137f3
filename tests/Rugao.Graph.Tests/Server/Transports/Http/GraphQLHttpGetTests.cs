using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

public sealed class GraphQLHttpGetTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private Uri Address => fixture.Server.Address;

    [Fact]
    public async Task Get_QueryWithVariables_Returns200WithData()
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string>
        {
            ["query"] = "query Greet($n: String!) { hello(name: $n) }",
            ["variables"] = "{\"n\":\"GET\"}",
            ["operationName"] = "Greet",
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal("Hello, GET!", response.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Get_EmptyOperationName_MeansNone()
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string>
        {
            ["query"] = "{ __typename }",
            ["operationName"] = "",
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_Mutation_Returns405AllowPostAndDoesNotExecute(string accept)
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string>
        {
            ["query"] = "mutation { shout(text: \"no\") }",
        }, accept));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal(["POST"], response.Message.Content.Headers.Allow);
        Assert.False(response.HasData);
        Assert.Equal(["OPERATION_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_QueryChosenFromDocumentWithMutation_Runs()
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string>
        {
            ["query"] = "query Q { __typename } mutation M { shout(text: \"no\") }",
            ["operationName"] = "Q",
        }));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("variables", "[7]")]
    [InlineData("variables", "not json")]
    [InlineData("extensions", "0")]
    public async Task Get_ParameterNotAJsonObject_Returns400BadRequest(string parameter, string value)
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string>
        {
            ["query"] = "{ __typename }",
            [parameter] = value,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_WithoutQuery_Returns400BadRequest()
    {
        var response = await fixture.SendAsync(Get(Address, new Dictionary<string, string> { ["operationName"] = "A" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Get_RepeatedQueryParameter_Returns400BadRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Address, "?query=%7Ba%7D&query=%7Bb%7D"));

        var response = await fixture.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }
}
