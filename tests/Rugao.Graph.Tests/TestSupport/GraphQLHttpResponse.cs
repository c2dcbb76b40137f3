using System.Net;
using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>What a test asserts about a GraphQL-over-HTTP response: status, media type and body.</summary>
public sealed record GraphQLHttpResponse(HttpStatusCode Status, string? MediaType, string? Charset, JsonElement Body,
    HttpResponseMessage Message)
{
    public static async Task<GraphQLHttpResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var message = await client.SendAsync(request);
        var text = await message.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        var contentType = message.Content.Headers.ContentType;
        return new GraphQLHttpResponse(message.StatusCode, contentType?.MediaType, contentType?.CharSet, body, message);
    }

    public bool HasData => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("data", out _);

    public JsonElement Data => Body.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    /// <summary>Each error's <c>extensions.code</c>, failing the test if any error lacks one.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        [.. Errors.Select(error => error.GetProperty("extensions").GetProperty("code").GetString()!)];
}
