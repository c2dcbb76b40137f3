using System.Net;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Transports.Http;

/// <summary>What a frontend gets back for each kind of mistake, through the real server and schema.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class BadRequestTests(SeededApi api)
{
    [Fact]
    public async Task MalformedJson_Is400WithACode()
    {
        var response = await Send(GraphQLHttpRequests.PostRaw(api.Endpoint, "{\"query\": \"{ standards ", "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task UnknownField_Is400ValidationFailure()
    {
        var response = await api.PostAsync("{ standards { nodes { colour } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task WrongVariableType_Is400BadUserInput()
    {
        var response = await api.PostAsync("query($first: Int) { standards(first: $first) { totalCount } }", new { first = "ten" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task TooDeepQuery_Is400QueryTooDeep()
    {
        var nested = string.Concat(Enumerable.Repeat("children { ", 12)) + "number" + new string('}', 12);
        var response = await api.PostAsync($"{{ standard(code: \"GB/T 28220\") {{ currentVersion {{ clauseTree {{ {nested} }} }} }} }}");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_TOO_DEEP"], response.ErrorCodes);
    }

    [Fact]
    public async Task PageTooLarge_IsACodedFieldErrorAndReadsNothing()
    {
        api.Commands.Reset();
        var response = await api.PostAsync("{ standards(first: 101) { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["PAGE_TOO_LARGE"], response.ErrorCodes);
        Assert.Equal(0, api.Commands.Count);
    }

    [Fact]
    public async Task UnknownStandardCode_IsNullWithNotFound()
    {
        var response = await api.PostAsync("{ standard(code: \"GB/T 99999-2020\") { title } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["STANDARD_NOT_FOUND"], response.ErrorCodes);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.At("standard").ValueKind);
        Snapshot.Match(response.Body.Pretty());
    }

    [Fact]
    public async Task UnparseableStandardCode_IsInvalidStandardCode()
    {
        var response = await api.PostAsync("{ standard(code: \"标准\") { title } }");

        Assert.Equal(["INVALID_STANDARD_CODE"], response.ErrorCodes);
    }

    [Fact]
    public async Task ForeignCursor_IsInvalidCursor()
    {
        var response = await api.PostAsync("{ standards(after: \"bm90LWEtY3Vyc29y\") { totalCount } }");

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Fact]
    public async Task MutationOverGet_Is405()
    {
        var response = await Send(GraphQLHttpRequests.Get(api.Endpoint, new Dictionary<string, string> { ["query"] = "mutation { x }" }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private Task<GraphQLHttpResponse> Send(HttpRequestMessage request) => GraphQLHttpResponse.SendAsync(api.Client, request);
}
