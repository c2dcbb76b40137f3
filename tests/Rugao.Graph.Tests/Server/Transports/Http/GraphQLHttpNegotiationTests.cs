using System.Net;
using Rugao.Graph.Tests.TestSupport;
using static Rugao.Graph.Tests.TestSupport.GraphQLHttpRequests;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>Accept, Content-Type and method handling at the HTTP edge.</summary>
public sealed class GraphQLHttpNegotiationTests(EchoServerFixture fixture) : IClassFixture<EchoServerFixture>
{
    private const string Typename = "{\"query\":\"{ __typename }\"}";

    private Uri Address => fixture.Server.Address;

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/graphql-response+json, */*;q=0.1", GraphQLResponseJson)]
    [InlineData("text/html, application/graphql-response+json;q=0.8", GraphQLResponseJson)]
    [InlineData("application/json;charset=latin1, application/graphql-response+json;q=0.2", GraphQLResponseJson)]
    public async Task Post_Accept_ChoosesMediaType(string? accept, string expected)
    {
        var response = await fixture.SendAsync(PostRaw(Address, Typename, Json, accept));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain;q=0.5")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    public async Task Post_NothingAcceptable_Returns406(string accept)
    {
        var response = await fixture.SendAsync(PostRaw(Address, Typename, Json, accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(["NOT_ACCEPTABLE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_UnsupportedContentType_Returns415(string? contentType)
    {
        var response = await fixture.SendAsync(PostRaw(Address, Typename, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(GraphQLResponseJson, response.MediaType);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Post_JsonContentTypeVariants_AreAccepted(string contentType)
    {
        var response = await fixture.SendAsync(PostRaw(Address, Typename, contentType));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethod_Returns405AllowGetPost(string method)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Address);

        var response = await fixture.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Message.Content.Headers.Allow);
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Response_VariesByAccept()
    {
        var response = await fixture.SendAsync(PostRaw(Address, Typename, Json));

        Assert.Contains("Accept", response.Message.Headers.Vary);
    }
}
