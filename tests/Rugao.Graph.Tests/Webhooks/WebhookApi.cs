using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Storage;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Webhooks;

/// <summary>The seeded server with short webhook polls, retries and back-offs, so failures recover within a test.</summary>
public sealed class WebhookApi() : SeededApi(new Dictionary<string, string?>
{
    ["Webhooks:PollInterval"] = "00:00:00.050",
    ["Webhooks:RetryDelay"] = "00:00:00.020",
    ["Webhooks:MaxRetryDelay"] = "00:00:00.100",
    ["Webhooks:MaxRetries"] = "2",
    ["Webhooks:BackOff"] = "00:00:00.200",
    ["Webhooks:Timeout"] = "00:00:05",
})
{
    public async Task<string> KeyAsync(Role role) =>
        (await Services.GetRequiredService<ApiKeyStore>().CreateAsync($"{role}-{Guid.NewGuid():N}", role, "test", default)).PlainText;

    public async Task<T> QueryDbAsync<T>(Func<RugaoDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>().CreateDbContextAsync();
        return await query(db);
    }
}
