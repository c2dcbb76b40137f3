using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Changes;

public static class ChangeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ChangeNoticeConnectionGraphType>>("changes")
            .Description("按提交顺序读取变更日志（轮询用）；用 upToDateAsOf 或 endCursor 作为下次的 after。"
                + "Reads the change log in commit order, for polling; pass upToDateAsOf (or endCursor) as `after` next time.")
            .Argument<StringGraphType>("after", "从此游标之后开始，默认从头。Start after this cursor; from the beginning by default.")
            .Argument<IntGraphType>("first", "条数（默认 20，最多 100）。How many notices (default 20, max 100).")
            .Argument<ChangeFilterInputType>("where", "筛选条件。Filter.")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? PageRequest.DefaultSize;
                new PageRequest(first, null, null, null).Validate();
                var after = ChangeCursor.Decode(c.GetArgument<string?>("after"), "after");
                var filter = ChangeFilters.From(c);
                var services = c.RequestServices!;
                var readAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var batch = await services.GetRequiredService<ChangeFeed>().ReadAsync(after, filter, first, c.CancellationToken);
                return new ChangePage(batch, after, readAt);
            });
    }
}
