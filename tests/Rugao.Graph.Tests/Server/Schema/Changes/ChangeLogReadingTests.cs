using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Changes;

/// <summary>Reading the newest changes first, and the log's end without listing it.</summary>
[Collection(SeededApiCollection.Name)]
public sealed class ChangeLogReadingTests(SeededApi api)
{
    private const string Forwards = """
        query($after: String) { changes(first: 100, after: $after) { edges { cursor } pageInfo { hasNextPage } upToDateAsOf } }
        """;

    private const string Backwards = """
        query($last: Int, $before: String) {
          changes(last: $last, before: $before) {
            edges { cursor node { kind } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } upToDateAsOf } }
        """;

    [Fact]
    public async Task Changes_Last_AreTheNewestNoticesNewestFirst_AndBeforeContinuesFurtherBack()
    {
        var (all, end) = await ForwardsAsync();
        Assert.True(all.Count > 10, "the seed records more than ten public notices");

        var newest = await api.DataAsync(Backwards, new { last = 5 });
        var older = await api.DataAsync(Backwards, new { last = 5, before = newest.Str("changes.pageInfo.endCursor") });

        var expected = Enumerable.Reverse(all).ToList();
        Assert.Equal(expected.Take(5), newest.Items("changes.edges").Select(e => e.Str("cursor")!));
        Assert.Equal(expected.Skip(5).Take(5), older.Items("changes.edges").Select(e => e.Str("cursor")!));
        Assert.False(newest.At("changes.pageInfo.hasNextPage").GetBoolean());
        Assert.True(newest.At("changes.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(older.At("changes.pageInfo.hasNextPage").GetBoolean());
        Assert.Equal(end, newest.Str("changes.upToDateAsOf"));
    }

    [Fact]
    public async Task ChangeLog_GivesTheEndOfTheLog_WhereAForwardReadStops()
    {
        var (_, end) = await ForwardsAsync();

        var log = await api.DataAsync("{ changeLog { endCursor upToDateAsOf readAt } }");
        var after = await api.DataAsync(Forwards, new { after = log.Str("changeLog.upToDateAsOf") });

        Assert.Equal(end, log.Str("changeLog.upToDateAsOf"));
        Assert.Equal(end, log.Str("changeLog.endCursor"));
        Assert.Empty(after.Items("changes.edges"));
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task Changes_CursorBeyondTheEnd_IsInvalidCursor(string argument)
    {
        var beyond = ChangeCursor.Encode(long.MaxValue / 2);
        var query = $"query($cursor: String) {{ changes({argument}: $cursor) {{ upToDateAsOf }} }}";

        var response = await api.PostAsync(query, new { cursor = beyond });

        Assert.Equal(["INVALID_CURSOR"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("first: 2, last: 2")]
    [InlineData("first: 2, before: $cursor")]
    [InlineData("after: $cursor, last: 2")]
    public async Task Changes_ForwardsAndBackwardsMixed_IsInvalidPagingArguments(string arguments)
    {
        var cursor = ChangeCursor.Encode(1);
        var variables = arguments.Contains("$cursor", StringComparison.Ordinal) ? "($cursor: String)" : "";

        var response = await api.PostAsync($"query{variables} {{ changes({arguments}) {{ upToDateAsOf }} }}", new { cursor });

        Assert.Equal(["INVALID_PAGING_ARGUMENTS"], response.ErrorCodes);
    }

    private async Task<(List<string> Cursors, string End)> ForwardsAsync()
    {
        var cursors = new List<string>();
        string? after = null;
        while (true)
        {
            var page = await api.DataAsync(Forwards, new { after });
            cursors.AddRange(page.Items("changes.edges").Select(e => e.Str("cursor")!));
            after = page.Str("changes.upToDateAsOf");
            if (!page.At("changes.pageInfo.hasNextPage").GetBoolean())
            {
                return (cursors, after!);
            }
        }
    }
}
