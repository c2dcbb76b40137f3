using System.Net;
using System.Text;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>The default size limits over HTTP: 256 KiB bodies, 16 000-character documents.</summary>
public sealed class GraphQLHttpLimitsTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private Uri Address => fixture.Server.Address;

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
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
