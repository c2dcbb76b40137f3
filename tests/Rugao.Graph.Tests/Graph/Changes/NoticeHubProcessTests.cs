using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Changes;

/// <summary>
/// Real server processes on one database: each tails the log itself, so a notice committed through one reaches the
/// subscribers of every other; and a client that resumes from its last cursor after a crash gets every notice once.
/// </summary>
public sealed class NoticeHubProcessTests
{
    private const string Subscribe = "sse-subscribe.mjs";
    private const string Created =
        "subscription($after: String) { standardChanged(after: $after, where: { kind: [CREATED] }) { cursor summary } }";

    [ReferenceClientFact("graphql-sse")]
    public async Task TwoProcesses_EachDeliversNoticesCommittedThroughTheOther()
    {
        var (data, key) = await NewDataWithKeyAsync();
        await using var first = await ServerProcess.StartAsync(data);
        await using var second = await ServerProcess.StartAsync(data);
        using var http = new HttpClient();
        var head = await ChangeLogHead.CursorAsync(first.GraphQL(http, key));

        using var onSecond = Listen(second, key, 1, head);
        using var onFirst = Listen(first, key, 2, head);
        await TestStandards.CreateAsync(first.GraphQL(http, key), "DB3206/T 9961");
        await TestStandards.CreateAsync(second.GraphQL(http, key), "DB3206/T 9962");

        var fromSecond = Notices(await onSecond.OutputAsync(), onSecond);
        var fromFirst = Notices(await onFirst.OutputAsync(), onFirst);
        Assert.Contains("DB3206/T 9961", Assert.Single(fromSecond).Str("summary"), StringComparison.Ordinal);
        Assert.Equal(2, fromFirst.Count);
        Assert.Contains("DB3206/T 9962", fromFirst[1].Str("summary"), StringComparison.Ordinal);
    }

    [ReferenceClientFact("graphql-sse")]
    public async Task Kill9_BetweenCommitAndPush_ClientResumingFromItsLastCursor_GetsEveryNoticeExactlyOnce()
    {
        var (data, key) = await NewDataWithKeyAsync();
        var server = await ServerProcess.StartAsync(data);
        await using var writer = await ServerProcess.StartAsync(data);
        try
        {
            using var http = new HttpClient();
            var head = await ChangeLogHead.CursorAsync(server.GraphQL(http, key));
            using var listening = Listen(server, key, 3, head);
            await TestStandards.CreateAsync(server.GraphQL(http, key), "DB3206/T 9971");
            await TestStandards.CreateAsync(server.GraphQL(http, key), "DB3206/T 9972");

            // The subscriber's server is suspended, so the third notice is committed (through the other process) but
            // never pushed; then it dies as a crash would. Whatever it had pushed, the log decides what comes next.
            // A process frozen inside a write (its search projector moving its checkpoint) would hold the database
            // lock, so let its background work settle first; this is not what the test measures.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await server.FreezeAsync();
            await TestStandards.CreateAsync(writer.GraphQL(http, key), "DB3206/T 9973");
            await server.KillAsync();
            var received = Received(await listening.OutputAsync());
            Assert.True(received.Count < 3, "the suspended server cannot have pushed the third notice");

            server = await ServerProcess.StartAsync(data);
            using var resumed = Listen(server, key, 3 - received.Count, received.Count > 0 ? received[^1].Str("cursor") : head);
            received.AddRange(Notices(await resumed.OutputAsync(), resumed));

            var cursors = received.Select(n => n.Str("cursor")).ToList();
            Assert.Equal(cursors.Count, cursors.Distinct().Count());
            Assert.Equal(3, received.Count);
            foreach (var (notice, code) in received.Zip(["DB3206/T 9971", "DB3206/T 9972", "DB3206/T 9973"]))
            {
                Assert.Contains(code, notice.Str("summary"), StringComparison.Ordinal);
            }

            var log = await server.GraphQL(http, key).DataAsync(
                "query($after: String) { changes(after: $after, where: { kind: [CREATED] }) { edges { cursor } } }", new { after = head });
            Assert.Equal(log.Items("changes.edges").Select(e => e.Str("cursor")), cursors);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static ReferenceClients Listen(ServerProcess server, string key, int count, string? after) =>
        ReferenceClients.Start(Subscribe, server.Address + "/stream", key, count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Created, JsonSerializer.Serialize(new { after }));

    private static List<JsonElement> Received(List<JsonElement> output) =>
        output.Where(l => l.TryGetProperty("next", out _)).Select(l => l.At("next.data.standardChanged")).ToList();

    private static List<JsonElement> Notices(List<JsonElement> output, ReferenceClients client)
    {
        Assert.True(output.Count > 0 && output[^1].TryGetProperty("ended", out _), client.Errors + string.Join('\n', output));
        return Received(output);
    }

    private static async Task<(string Data, string Key)> NewDataWithKeyAsync()
    {
        var data = ServerProcess.NewDataDirectory();
        return (data, await TestKeys.ForRoleAsync(data, Role.Editor, "push"));
    }

}
