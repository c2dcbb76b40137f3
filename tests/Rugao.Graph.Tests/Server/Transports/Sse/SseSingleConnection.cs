using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.Sse;

/// <summary>Requests of graphql-sse single connection mode: the reservation, its stream, operations and deletes.</summary>
internal static class SseSingleConnection
{
    public const string TokenHeader = "X-GraphQL-Event-Stream-Token";
    public static readonly Uri StreamAddress = new("http://localhost/graphql/stream");

    public static async Task<string> ReserveAsync(SeededApi api)
    {
        using var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, StreamAddress));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static HttpRequestMessage StreamRequest(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, StreamAddress);
        request.Headers.Add(TokenHeader, token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    public static HttpRequestMessage Operation(string token, string? operationId, string query, object? variables = null)
    {
        var request = GraphQLHttpRequests.Post(StreamAddress, operationId is null
            ? new { query, variables, extensions = (object?)null }
            : new { query, variables, extensions = (object?)new { operationId } }, GraphQLHttpRequests.Json);
        request.Headers.Add(TokenHeader, token);
        return request;
    }

    public static HttpRequestMessage Delete(string token, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(StreamAddress + query));
        request.Headers.Add(TokenHeader, token);
        return request;
    }

    public static async Task<SseEventStream> OpenAsync(SeededApi api, HttpRequestMessage request)
    {
        var response = await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseEventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
    }

    /// <summary>Sends until the answer has <paramref name="wanted"/> (what the server does after a request ends is not instant).</summary>
    public static async Task<HttpStatusCode> WithRetryAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await send();
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(20);
        }
    }
}
