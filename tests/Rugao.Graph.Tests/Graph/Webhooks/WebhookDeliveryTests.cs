using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Tests.Graph.Webhooks;

/// <summary>Deliveries to a real receiver on a loopback port, driven by real mutations through the server.</summary>
public sealed class WebhookDeliveryTests(WebhookApi api) : IClassFixture<WebhookApi>
{
    [Fact]
    public async Task Deliveries_ToALiveReceiver_AreSignedOrderedAndMoveTheCheckpoint()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (id, secret) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });

        var sequences = await api.CreateStandardsAsync(3);
        await receiver.WaitForAsync(r => r.Count >= 3, "three deliveries");

        var received = receiver.Received;
        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.True(
            WebhookSignature.Verify(secret, r.Headers[WebhookSignature.Header], Encoding.UTF8.GetBytes(r.Body), out var at)
            && at == SeededApi.Today.ToUnixTimeSeconds(), "The signature does not verify: " + r.Headers[WebhookSignature.Header]));
        Assert.Equal(sequences.Select(ChangeCursor.Encode), received.Select(r => Body(r).GetProperty("cursor").GetString()));
        Assert.Equal(sequences.Select(s => $"{WebhookApi.WebhookIdOf(id)}-{s}"), received.Select(r => r.Headers[WebhookHeaders.Delivery]));
        Assert.All(received, r => Assert.Equal("CREATED", r.Headers[WebhookHeaders.Event]));
        var first = Body(received[0]);
        Assert.Equal("CREATED", first.GetProperty("kind").GetString());
        Assert.StartsWith("DB3206/T 97", first.GetProperty("standard").GetProperty("identity").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Array, first.GetProperty("changedClauses").ValueKind);
        await api.WaitForCheckpointAsync(id, sequences[^1]);
        await api.DeactivateAsync(admin, id);
    }

    [Fact]
    public async Task Deliveries_FilterByDepartment_SendOnlyMatchingChanges()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var departments = (await api.DataAsync("{ departments { id } }")).Items("departments").Select(d => d.Str("id")!).ToList();
        var (id, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" }, department = new[] { departments[1] } });

        var other = await api.CreateStandardsAsync(1, departments[0]);
        var wanted = await api.CreateStandardsAsync(1, departments[1]);
        await api.WaitForCheckpointAsync(id, wanted[0]);

        var body = Body(Assert.Single(receiver.Received));
        Assert.Equal(ChangeCursor.Encode(wanted[0]), body.GetProperty("cursor").GetString());
        Assert.True(other[0] < wanted[0]);
        await api.DeactivateAsync(admin, id);
    }

    [Fact]
    public async Task Deliveries_ReceiverFailingThenRefusingThenBack_DeliverEveryNoticeOnceInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Status = HttpStatusCode.InternalServerError;
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (id, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });
        var sequences = await api.CreateStandardsAsync(3);

        // More attempts than one round of retries allows: the webhook has backed off and come back to the same notice.
        await receiver.WaitForAsync(r => r.Count >= 5, "repeated failed attempts");
        Assert.All(receiver.Received, r => Assert.Equal($"{WebhookApi.WebhookIdOf(id)}-{sequences[0]}", r.Headers[WebhookHeaders.Delivery]));
        Assert.True(await api.CheckpointAsync(id) < sequences[0], "The checkpoint moved past a notice the receiver refused.");

        await receiver.StopAsync();
        await WebhookApi.WaitForAsync(async () => await api.QueryDbAsync(db =>
            db.WebhookDeliveries.AnyAsync(d => d.WebhookId == WebhookApi.WebhookIdOf(id) && d.StatusCode == null)), "a refused connection in the log");

        receiver.Status = HttpStatusCode.OK;
        await receiver.StartAgainAsync();
        await api.WaitForCheckpointAsync(id, sequences[^1]);

        var accepted = receiver.Accepted;
        Assert.Equal(sequences.Select(ChangeCursor.Encode), accepted.Select(r => Body(r).GetProperty("cursor").GetString()));
        var log = await api.PostAsync("""
            { webhooks { id deliveries(first: 100) { totalCount nodes { deliveryId attempt statusCode error succeeded durationMs } } } }
            """, bearer: admin);
        Assert.Empty(log.Errors);
        var deliveries = Assert.Single(log.Data.Items("webhooks"), w => w.Str("id") == id).At("deliveries");
        var nodes = deliveries.Items("nodes");
        Assert.Equal(await api.QueryDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.WebhookId == WebhookApi.WebhookIdOf(id))), deliveries.Int("totalCount"));
        Assert.Equal($"{WebhookApi.WebhookIdOf(id)}-{sequences[^1]}", nodes[0].Str("deliveryId"));
        Assert.True(nodes[0].At("succeeded").GetBoolean());
        Assert.Contains(nodes, n => n.At("statusCode").ValueKind == JsonValueKind.Number && n.Int("statusCode") == 500 && n.Str("error") is not null);
        Assert.Contains(nodes, n => n.At("statusCode").ValueKind == JsonValueKind.Null && !n.At("succeeded").GetBoolean());
        var firstNotice = nodes.Where(n => n.Str("deliveryId") == $"{WebhookApi.WebhookIdOf(id)}-{sequences[0]}").Select(n => n.Int("attempt")).ToList();
        Assert.Equal(firstNotice.OrderDescending(), firstNotice);
        Assert.Equal(Enumerable.Range(1, firstNotice.Count).Reverse(), firstNotice);
        await api.DeactivateAsync(admin, id);
    }

    [Fact]
    public async Task Deliveries_OneReceiverDown_DoNotHoldUpAnother()
    {
        await using var down = await WebhookReceiver.StartAsync();
        await down.StopAsync();
        await using var live = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (downId, _) = await api.RegisterAsync(admin, down.Url, new { kind = new[] { "CREATED" } });
        var (liveId, _) = await api.RegisterAsync(admin, live.Url, new { kind = new[] { "CREATED" } });

        var sequences = await api.CreateStandardsAsync(2);
        await api.WaitForCheckpointAsync(liveId, sequences[^1]);

        Assert.Equal(2, live.Accepted.Count);
        Assert.True(await api.CheckpointAsync(downId) < sequences[0], "The unreachable webhook's checkpoint moved.");
        await api.DeactivateAsync(admin, downId);
        await api.DeactivateAsync(admin, liveId);
    }

    [Fact]
    public async Task UpdateWebhook_Reactivated_ResumesWhereItStopped()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var (id, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } });
        await api.DeactivateAsync(admin, id);

        var sequences = await api.CreateStandardsAsync(2);
        var updated = await api.PostAsync(
            "mutation($id: ID!) { updateWebhook(input: { id: $id, active: true }) { webhook { active } errors { code } } }", new { id }, admin);
        Assert.Empty(updated.Data.Items("updateWebhook.errors"));
        await api.WaitForCheckpointAsync(id, sequences[^1]);

        Assert.Equal(sequences.Select(ChangeCursor.Encode), receiver.Accepted.Select(r => Body(r).GetProperty("cursor").GetString()));
        await api.DeactivateAsync(admin, id);
    }

    [Fact]
    public async Task RegisterWebhook_AfterAnEarlierCursor_ReplaysTheBacklog()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var sequences = await api.CreateStandardsAsync(2);
        await using var receiver = await WebhookReceiver.StartAsync();

        var (id, _) = await api.RegisterAsync(admin, receiver.Url, new { kind = new[] { "CREATED" } }, ChangeCursor.Encode(sequences[0] - 1));
        await api.WaitForCheckpointAsync(id, sequences[^1]);

        Assert.Equal(sequences.Select(ChangeCursor.Encode), receiver.Accepted.Select(r => Body(r).GetProperty("cursor").GetString()));
        await api.DeactivateAsync(admin, id);
    }

    private static JsonElement Body(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement;
}
