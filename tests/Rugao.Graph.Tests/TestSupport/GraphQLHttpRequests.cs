using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Builds GraphQL-over-HTTP requests exactly as a test means them, headers included.</summary>
public static class GraphQLHttpRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(Uri address, object body, string? accept = GraphQLResponseJson) =>
        PostRaw(address, JsonSerializer.Serialize(body), Json, accept);

    public static HttpRequestMessage PostRaw(Uri address, string body, string? contentType, string? accept = GraphQLResponseJson)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(Uri address, IDictionary<string, string> parameters, string? accept = GraphQLResponseJson)
    {
        var query = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"{address}?{query}"));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
