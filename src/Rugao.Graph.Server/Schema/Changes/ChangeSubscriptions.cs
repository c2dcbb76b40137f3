using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Changes;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Transports;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Schema.Changes;

public static class ChangeSubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<ChangeNoticeGraphType>, ChangeNotice>("standardChanged")
            .Description("推送变更通知。给出 after 时先补发该游标之后的全部通知，再无缝转为实时推送（不丢、不重）。"
                + "Pushes change notices. With `after`, first replays every notice after that cursor from the log, then continues live with no gap and no duplicate. "
                + "A subscriber that falls too far behind is ended with SUBSCRIBER_TOO_SLOW and the cursor to resume from.")
            .Argument<ChangeFilterInputType>("where", "筛选条件。Filter.")
            .Argument<StringGraphType>("after", "从此游标之后补发，省略则只推送实时通知。Replay after this cursor; live only when omitted.")
            .ResolveStreamAsync(async c =>
            {
                var afterText = c.GetArgument<string?>("after");
                long? after = afterText is null ? null : ChangeCursor.Decode(afterText, "after");
                var filter = ChangeFilters.From(c);
                var services = c.RequestServices!;
                var hub = services.GetRequiredService<NoticeHub>();
                var feed = services.GetRequiredService<ChangeFeed>();
                var start = hub.Position >= 0 ? hub.Position : await feed.HeadAsync(c.CancellationToken);
                if (after > start && after > await feed.HeadAsync(c.CancellationToken))
                {
                    throw ErrorCatalog.CursorBeyondLogEnd.With("after").ToExecutionError();
                }

                return new NoticeStream(hub, feed, filter, after, start, SubscriptionPacing.Of(c), DirectDelivery.Of(c));
            });
    }
}
