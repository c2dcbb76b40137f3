using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Tests.Graph.Webhooks;

/// <summary>
/// The dispatcher prunes the delivery log on the server's clock: these tests move that clock, so they have a server of
/// their own.
/// </summary>
public sealed class WebhookDeliveryLogPrunerTests(WebhookRetentionApi api) : IClassFixture<WebhookRetentionApi>
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(new WebhookOptions().DeliveryLogRetentionDays);

    [Fact]
    public async Task Pruning_AttemptsOlderThanTheRetention_AreRemovedAndYoungerOnesKept()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (id, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });
        var old = (await api.CreateStandardsAsync(1))[0];
        await api.WaitForCheckpointAsync(id, old);
        api.Clock.Advance(TimeSpan.FromSeconds(2));
        var young = (await api.CreateStandardsAsync(1))[0];
        await api.WaitForCheckpointAsync(id, young);
        Assert.Equal([old, young], await SequencesAsync(id));

        // The old attempt is now a second past the retention, the young one a second short of it.
        api.Clock.Advance(Retention - TimeSpan.FromSeconds(1));
        await WebhookApi.WaitForAsync(async () => !(await SequencesAsync(id)).Contains(old), "the old attempt to be pruned");

        Assert.Equal([young], await SequencesAsync(id));
        await api.DeactivateAsync(admin, id);
    }

    [Fact]
    public async Task Pruning_MoreAttemptsThanTheCap_KeepsTheNewestOfThatWebhookOnly()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (busy, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });
        var sequences = await api.CreateStandardsAsync(6);
        await api.WaitForCheckpointAsync(busy, sequences[^1]);
        var (quiet, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });
        var last = (await api.CreateStandardsAsync(1))[0];
        await api.WaitForCheckpointAsync(quiet, last);
        await api.WaitForCheckpointAsync(busy, last);
        Assert.Equal(7, (await SequencesAsync(busy)).Count);

        api.Clock.Advance(new WebhookOptions().DeliveryLogPruneInterval);
        await WebhookApi.WaitForAsync(async () => (await SequencesAsync(busy)).Count == 4, "the log to be cut to the cap");

        Assert.Equal([.. sequences[^3..], last], await SequencesAsync(busy));
        Assert.Equal([last], await SequencesAsync(quiet));
        await api.DeactivateAsync(admin, busy);
        await api.DeactivateAsync(admin, quiet);
    }

    private Task<List<long>> SequencesAsync(string id)
    {
        var webhookId = WebhookApi.WebhookIdOf(id);
        return api.QueryDbAsync(db => db.WebhookDeliveries.Where(d => d.WebhookId == webhookId).OrderBy(d => d.Id)
            .Select(d => d.Sequence).ToListAsync());
    }
}
