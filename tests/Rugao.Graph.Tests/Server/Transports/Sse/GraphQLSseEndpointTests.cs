using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

[Collection(SeededApiCollection.Name)]
public sealed class GraphQLSseEndpointTests(SeededApi api)
{
    private static readonly Uri Stream = new("http://localhost/graphql/stream");

    [Fact]
    public async Task Post_Query_IsEventStreamWithNextThenComplete()
    {
        var response = await SendAsync(HttpMethod.Post, "{ changes(first: 1) { upToDateAsOf } }");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, events.Length);
        Assert.StartsWith("event: next\ndata: ", events[0], StringComparison.Ordinal);
        var result = JsonDocument.Parse(events[0]["event: next\ndata: ".Length..]).RootElement;
        Assert.NotNull(result.Str("data.changes.upToDateAsOf"));
        Assert.Equal("event: complete\ndata:", events[1]);
    }

    [Fact]
    public async Task Get_Mutation_IsRefusedOnTheStream()
    {
        var response = await SendAsync(HttpMethod.Get, "mutation { __typename }");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("OPERATION_NOT_ALLOWED", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedBody_IsCodedErrorOnTheStream()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Stream)
        {
            Content = new StringContent("{ not json", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var response = await api.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"code\":\"BAD_REQUEST\"", body, StringComparison.Ordinal);
        Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutEventStreamAccept_Is406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Stream)
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("NOT_ACCEPTABLE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string query)
    {
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(method, new Uri(Stream + "?query=" + Uri.EscapeDataString(query)))
            : new HttpRequestMessage(method, Stream)
            {
                Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await api.Client.SendAsync(request);
    }
}
