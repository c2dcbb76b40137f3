using System.Net.Http.Headers;
using System.Text.Json;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>GraphQL over HTTP against a real <see cref="ServerProcess"/>, with an API key.</summary>
public static class ServerProcessRequests
{
    /// <summary>The <c>data</c> of the answer; fails the test on any GraphQL error.</summary>
    public static async Task<JsonElement> PostAsync(this ServerProcess server, HttpClient http, string key, string query, object? variables = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var request = GraphQLHttpRequests.Post(server.Address, new { query, variables });
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var response = await GraphQLHttpResponse.SendAsync(http, request);
        Assert.True(response.Errors.Count == 0, string.Join("; ", response.Errors));
        return response.Data;
    }

    /// <summary>Creates a standard (a change notice is committed with it).</summary>
    public static async Task CreateStandardAsync(this ServerProcess server, HttpClient http, string key, string code)
    {
        var ids = await server.PostAsync(http, key, "{ departments { id } standardSystem { id } }");
        var created = await server.PostAsync(http, key,
            "mutation($input: CreateStandardInput!) { createStandard(input: $input) { errors { code } } }",
            new
            {
                input = new
                {
                    code, year = 2026, title = "推送测试规范",
                    departmentId = ids.Items("departments")[0].Str("id"), systemNodeId = ids.Items("standardSystem")[0].Str("id"),
                },
            });
        Assert.Empty(created.Items("createStandard.errors"));
    }
}
