using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>The head of the change log: the cursor a client resumes from, and the last event written.</summary>
public static class ChangeLogHead
{
    /// <summary>The cursor <c>changes</c> reports as up to date once paged to the end (null on an empty log).</summary>
    public static async Task<string?> CursorAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? after = null;
        while (true)
        {
            var page = await client.DataAsync(
                "query($after: String) { changes(after: $after, first: 100) { pageInfo { hasNextPage } upToDateAsOf } }", new { after });
            after = page.Str("changes.upToDateAsOf");
            if (!page.At("changes.pageInfo.hasNextPage").GetBoolean())
            {
                return after;
            }
        }
    }

    /// <summary>The last change event written.</summary>
    public static Task<ChangeEvent> LastEventAsync(SeededApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.QueryDbAsync(db => db.ChangeEvents.OrderBy(e => e.Sequence).LastAsync());
    }

    /// <summary>The sequence number of the last change event written.</summary>
    public static Task<long> SequenceAsync(SeededApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return api.QueryDbAsync(db => db.ChangeEvents.MaxAsync(e => e.Sequence));
    }
}
