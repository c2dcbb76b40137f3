using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>API keys for a role: written into a test server's store, or through the <c>keys create</c> verb for a real process.</summary>
public static class TestKeys
{
    /// <summary>The plain text of a new key with <paramref name="role"/>.</summary>
    public static async Task<string> ForRoleAsync(SeededApi api, Role role) => (await CreateAsync(api, role)).PlainText;

    /// <summary>A new key's plain text, or null for an anonymous caller.</summary>
    public static async Task<string?> ForCallerAsync(SeededApi api, Role? role) =>
        role is { } r ? await ForRoleAsync(api, r) : null;

    /// <summary>A new key and its plain text; the name is unique unless given.</summary>
    public static Task<(ApiKey Key, string PlainText)> CreateAsync(SeededApi api, Role role, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync(name ?? $"{role}-{Guid.NewGuid():N}", role, "test", default);
    }

    /// <summary>A key written by <c>keys create</c> into <paramref name="dataDirectory"/> before a server process starts there.</summary>
    public static async Task<string> ForRoleAsync(string dataDirectory, Role role, string name)
    {
        var (exitCode, output) = await ServerProcess.RunVerbAsync(
            dataDirectory, "keys", "create", "--role", role.ToString().ToUpperInvariant(), "--name", name);
        Assert.True(exitCode == 0, output);
        return output.TrimEnd().Split('\n')[^1].Trim();
    }
}
