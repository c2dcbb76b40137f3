using System.Security.Claims;
using System.Text.Json;
using GraphQL.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Changes;

/// <summary>A small subscriber buffer, so overflow takes few notices.</summary>
public sealed class SmallBufferApi() : SeededApi(new Dictionary<string, string?> { ["Notices:SubscriberBuffer"] = "4" });

// Writes change events, so it has a database of its own.
public sealed class StandardChangedTests(SmallBufferApi api) : IClassFixture<SmallBufferApi>
{
    private const string Subscription = """
        subscription($after: String, $where: ChangeFilter) {
          standardChanged(after: $after, where: $where) { cursor kind summary standard { identity } } }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StandardChanged_After_ReplaysThenGoesLiveWithoutGapOrDuplicate(bool direct)
    {
        var cursors = await CursorsAsync(3);
        var marker = Guid.NewGuid().ToString("N");
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, Subscription, new { after = cursors[0] }, direct);

        var replayed = new List<JsonElement> { await NoticeAsync(probe), await NoticeAsync(probe) };
        await CommitAsync(2, marker);
        var live = new List<JsonElement> { await NoticeAsync(probe), await NoticeAsync(probe) };

        Assert.Equal(cursors[1..], replayed.Select(n => n.Str("cursor")));
        Assert.All(live, n => Assert.StartsWith(marker, n.Str("summary")));
        var all = replayed.Concat(live).Select(n => n.Str("cursor")).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(all, await FeedCursorsAfterAsync(cursors[0]));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StandardChanged_StandardFilter_DeliversOnlyThatStandardsNotices(bool direct)
    {
        var (one, other) = await TwoStandardsAsync();
        var id = (await api.DataAsync("query($code: String!) { standard(code: $code) { id } }", new { code = one.Identity })).Str("standard.id");
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, Subscription, new { where = new { standard = new[] { id } } }, direct);

        await CommitAsync(1, "other", other.Id);
        await CommitAsync(1, "mine", one.Id);

        var notice = await NoticeAsync(probe);
        Assert.Equal("mine 0", notice.Str("summary"));
        Assert.Equal(one.Identity, notice.Str("standard.identity"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task StandardChanged_SlowSubscriber_IsDroppedWithResumeCursorWhileOthersGetEverything(bool direct)
    {
        var start = (await CursorsAsync(1))[0];
        await using var slow = await SubscriptionProbe.StartAsync(api.Services, Subscription, new { after = start }, direct);
        await using var fast = await SubscriptionProbe.StartAsync(api.Services, Subscription, new { after = start }, direct);
        const int committed = 40;

        // One commit at a time, each read by the fast subscriber before the next: it never lags, the slow one never reads.
        var fastCursors = new List<string?>();
        for (var i = 0; i < committed; i++)
        {
            await CommitAsync(1, "burst " + i);
            fastCursors.Add((await NoticeAsync(fast)).Str("cursor"));
        }

        var slowCursors = new List<string?>();
        while (await slow.NextAsync() is { } result)
        {
            slowCursors.Add(result.At("data.standardChanged").Str("cursor"));
        }

        var termination = slow.Json(slow.Operation.Termination!);
        var error = Assert.Single(termination.Items("errors"));
        Assert.Equal("SUBSCRIBER_TOO_SLOW", error.Str("extensions.code"));
        Assert.True(error.At("extensions").TryGetProperty("data", out _), termination.ToString());
        var resumeAfter = error.Str("extensions.data.resumeAfter");
        Assert.Equal(slowCursors[^1], resumeAfter);
        Assert.True(slowCursors.Count < committed);

        await using var resumed = await SubscriptionProbe.StartAsync(api.Services, Subscription, new { after = resumeAfter });
        for (var i = slowCursors.Count; i < committed; i++)
        {
            slowCursors.Add((await NoticeAsync(resumed)).Str("cursor"));
        }

        Assert.Equal(fastCursors, slowCursors);
        Assert.Equal(fastCursors, await FeedCursorsAfterAsync(start));
    }

    [Fact]
    public async Task StandardChanged_DirectSendRefused_StopsSendingAndLeavesTheHub()
    {
        var hub = api.Services.GetRequiredService<NoticeHub>();
        var before = hub.SubscriberCount;
        var sent = 0;
        await using var scope = api.Services.CreateAsyncScope();
        await using var operation = await api.Services.GetRequiredService<GraphQLRequestExecutor>().SubscribeAsync(
            new GraphQLRequest { Query = "subscription { standardChanged { cursor } }" },
            new OperationPolicy("test", AllowedOperations.Subscription), scope.ServiceProvider,
            new ClaimsPrincipal(new ClaimsIdentity()), _ => Interlocked.Increment(ref sent) < 0, CancellationToken.None);
        Assert.Equal(before + 1, hub.SubscriberCount);

        await CommitAsync(3, "refused");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (hub.SubscriberCount > before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(before, hub.SubscriberCount);
        Assert.Equal(1, Volatile.Read(ref sent));
    }

    [Theory]
    [InlineData("not-a-cursor", "INVALID_CURSOR")]
    [InlineData("Y2hhbmdlOjk5OTk5OTk5", "INVALID_CURSOR")]
    [InlineData("Y2hhbmdlOjE", null)]
    public async Task SubscribeAsync_SubscribeStepFails_IsRejectionBeforeAnyResult(string after, string? code)
    {
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, Subscription,
            new { after, where = code is null ? new { area = new[] { "x" } } : null });

        var rejection = probe.Json(Assert.IsType<GraphQL.ExecutionResult>(probe.Operation.Rejection, exactMatch: false));
        Assert.Equal(code ?? "INVALID_ID", Assert.Single(rejection.Items("errors")).Str("extensions.code"));
        Assert.Null(await probe.NextAsync());
    }

    [Fact]
    public async Task SubscribeAsync_Query_YieldsOneResultThenEnds()
    {
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, "{ changes(first: 1) { upToDateAsOf } }");

        Assert.Null(probe.Operation.Rejection);
        var result = await probe.NextAsync();
        Assert.NotNull(result!.Value.Str("data.changes.upToDateAsOf"));
        Assert.Null(await probe.NextAsync());
    }

    [Fact]
    public async Task SubscribeAsync_ValidationError_IsRejection()
    {
        await using var probe = await SubscriptionProbe.StartAsync(api.Services, "subscription { standardChanged { nope } }");

        var rejection = probe.Json(probe.Operation.Rejection!);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(rejection.Items("errors")).Str("extensions.code"));
    }

    [Fact]
    public async Task HttpPost_Subscription_IsRefused()
    {
        var response = await api.PostAsync("subscription { standardChanged { cursor } }");

        Assert.Equal(["OPERATION_NOT_ALLOWED"], response.ErrorCodes);
    }

    private static async Task<JsonElement> NoticeAsync(SubscriptionProbe probe)
    {
        var result = await probe.NextAsync();
        Assert.True(result is not null, "The subscription ended early: " + probe.Operation.Termination?.Errors?.FirstOrDefault()?.Message);
        Assert.False(result.Value.TryGetProperty("errors", out _), result.Value.ToString());
        return result.Value.At("data.standardChanged");
    }

    /// <summary>The cursors of the last <paramref name="count"/> public notices.</summary>
    private async Task<List<string>> CursorsAsync(int count)
    {
        var all = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await api.DataAsync("query($after: String) { changes(after: $after, first: 100) { edges { cursor } pageInfo { hasNextPage } upToDateAsOf } }", new { after });
            all.AddRange(page.Items("changes.edges").Select(e => e.Str("cursor")!));
            after = page.Str("changes.upToDateAsOf");
            if (!page.At("changes.pageInfo.hasNextPage").GetBoolean())
            {
                return all[^count..];
            }
        }
    }

    private async Task<List<string?>> FeedCursorsAfterAsync(string after)
    {
        var page = await api.DataAsync("query($after: String) { changes(after: $after, first: 100) { edges { cursor } } }", new { after });
        return page.Items("changes.edges").Select(e => e.Str("cursor")).ToList();
    }

    private async Task<int> CommitAsync(int count, string summary, int? standardId = null)
    {
        await using var db = await api.OpenDbAsync();
        for (var i = 0; i < count; i++)
        {
            db.ChangeEvents.Add(new ChangeEvent
            {
                Kind = ChangeKind.Amended, OccurredAt = SeededApi.Today, StandardId = standardId,
                Summary = $"{summary} {i}", Actor = "test",
            });
        }

        await db.SaveChangesAsync();
        return count;
    }

    private async Task<(Rugao.Graph.Standards.Standard One, Rugao.Graph.Standards.Standard Other)> TwoStandardsAsync()
    {
        await using var db = await api.OpenDbAsync();
        var two = await db.Standards.Where(s => s.FirstEffectiveOn != null).OrderBy(s => s.Id).Take(2).ToListAsync();
        return (two[0], two[1]);
    }
}
