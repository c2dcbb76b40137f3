using GraphQL.Types;
using Rugao.Graph.Changes;

namespace Rugao.Graph.Server.Schema.Changes;

public static class ChangeQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ChangeNoticeConnectionGraphType>>("changes")
            .Description("读取变更日志：first/after 按提交顺序向新读（轮询用，下次以 upToDateAsOf 作为 after）；last/before 从最新往旧读（最新动态）。"
                + "Reads the change log: with first/after in commit order, for polling (pass upToDateAsOf as `after` next time); "
                + "with last/before newest first, for a list of the latest changes (pass the last edge's cursor as `before` to read further back).")
            .Argument<StringGraphType>("after", "从此游标之后开始，默认从头。Start after this cursor; from the beginning by default.")
            .Argument<IntGraphType>("first", "条数（默认 20，最多 100）。How many notices (default 20, max 100).")
            .Argument<StringGraphType>("before", "从此游标之前往旧读，默认从日志末尾。Read back from before this cursor; from the end of the log by default.")
            .Argument<IntGraphType>("last", "最新的若干条，最新在前（最多 100）。How many of the newest notices, newest first (max 100).")
            .Argument<ChangeFilterInputType>("where", "筛选条件。Filter.")
            .ResolveAsync(async c =>
            {
                var request = ChangePageRequest.From(c);
                var filter = ChangeFilters.From(c);
                var services = c.RequestServices!;
                var readAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
                var feed = services.GetRequiredService<ChangeFeed>();
                var batch = request.Backwards
                    ? await feed.ReadNewestAsync(request.Before, filter, request.Size, c.CancellationToken)
                    : await feed.ReadAsync(request.After, filter, request.Size, c.CancellationToken);
                request.CheckWithin(batch.Head);
                return new ChangePage(batch, request, readAt);
            });
        query.Field<NonNullGraphType<ChangeLogGraphType>>("changeLog")
            .Description("变更日志的当前末尾：新客户端由此开始轮询或订阅。The current end of the change log: where a new client starts polling or subscribing.")
            .ResolveAsync(async c =>
            {
                var services = c.RequestServices!;
                var head = await services.GetRequiredService<ChangeFeed>().HeadAsync(c.CancellationToken);
                return new ChangeLogPosition(head, services.GetRequiredService<TimeProvider>().GetUtcNow());
            });
    }
}
