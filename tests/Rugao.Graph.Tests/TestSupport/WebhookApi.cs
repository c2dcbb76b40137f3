using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>The seeded server with short webhook polls, retries and back-offs, so failures recover within a test.</summary>
public class WebhookApi : SeededApi
{
    private const string Register = """
        mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } secret errors { code path } } }
        """;

    private static int nextCode = 9700;

    public WebhookApi()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration on top of the short webhook timings.</param>
    protected WebhookApi(IReadOnlyDictionary<string, string?> settings)
        : base(new Dictionary<string, string?>
        {
            ["Webhooks:PollInterval"] = "00:00:00.050",
            ["Webhooks:RetryDelay"] = "00:00:00.020",
            ["Webhooks:MaxRetryDelay"] = "00:00:00.100",
            ["Webhooks:MaxRetries"] = "2",
            ["Webhooks:BackOff"] = "00:00:00.200",
            ["Webhooks:Timeout"] = "00:00:05",
        }.Concat(settings).ToDictionary())
    {
    }


    public static int WebhookIdOf(string globalId) => GlobalId.Expect(globalId, "Webhook", "id");

    public async Task<(string Id, string Secret)> RegisterAsync(string admin, Uri url, object where, string? after = null)
    {
        var data = await GraphQL(admin).DataAsync(Register,
            new { input = new { name = "hook-" + Guid.NewGuid().ToString("N"), url = url.ToString(), where, after } });
        Assert.Empty(data.Items("registerWebhook.errors"));
        return (data.Str("registerWebhook.webhook.id")!, data.Str("registerWebhook.secret")!);
    }

    /// <summary>Creates standards through the API; returns the sequences of their CREATED events.</summary>
    public async Task<List<long>> CreateStandardsAsync(int count, string? departmentId = null)
    {
        var editor = GraphQL(await TestKeys.ForRoleAsync(this, Role.Editor));
        var sequences = new List<long>();
        for (var i = 0; i < count; i++)
        {
            await TestStandards.CreateAsync(editor, $"DB3206/T {Interlocked.Increment(ref nextCode)}", "回调测试规范", departmentId is null ? null : new { departmentId });
            sequences.Add(await ChangeLogHead.SequenceAsync(this));
        }

        return sequences;
    }

    public Task<long> CheckpointAsync(string id)
    {
        var consumer = WebhookCheckpoint.ConsumerOf(WebhookIdOf(id));
        return QueryDbAsync(db => db.ConsumerCheckpoints.Where(c => c.Consumer == consumer).Select(c => c.Sequence).SingleAsync());
    }

    public Task WaitForCheckpointAsync(string id, long sequence) =>
        WaitForAsync(async () => await CheckpointAsync(id) >= sequence, $"the checkpoint to reach {sequence}");

    public static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    public async Task DeactivateAsync(string admin, string id) =>
        Assert.Empty((await PostAsync("mutation($id: ID!) { deactivateWebhook(input: { id: $id }) { errors { code } } }",
            new { id }, admin)).Data.Items("deactivateWebhook.errors"));
}
