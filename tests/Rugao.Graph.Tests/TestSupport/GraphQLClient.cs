using System.Net.Http.Headers;
using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// GraphQL over HTTP as one caller (a bearer key or token, or anonymous), against the in-memory server of
/// <see cref="SeededApi"/> or a real <see cref="ServerProcess"/> alike.
/// </summary>
public sealed class GraphQLClient(HttpClient http, Uri endpoint, string? bearer = null)
{
    public const string Errors = "errors { code message path }";

    /// <summary>The same server, as another caller.</summary>
    public GraphQLClient As(string? otherBearer) => new(http, endpoint, otherBearer);

    public Task<GraphQLHttpResponse> PostAsync(string query, object? variables = null)
    {
        var request = GraphQLHttpRequests.Post(endpoint, new { query, variables });
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return GraphQLHttpResponse.SendAsync(http, request);
    }

    /// <summary>Runs an operation that must succeed and returns its data.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.Errors.Count == 0, "Unexpected errors: " + string.Join("; ", response.Errors));
        return response.Data;
    }

    /// <summary>Runs <c>name(input: $input) { selection errors }</c>, which must not fail as a whole, and returns its payload.</summary>
    public async Task<JsonElement> MutateAsync(string name, string selection, object input)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        var data = await DataAsync($"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} {Errors} }} }}", new { input });
        return data.At(name);
    }
}
