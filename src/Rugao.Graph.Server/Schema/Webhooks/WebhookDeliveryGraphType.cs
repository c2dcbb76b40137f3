using GraphQL.Types;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class WebhookDeliveryGraphType : ObjectGraphType<WebhookDelivery>
{
    public WebhookDeliveryGraphType()
    {
        Name = "WebhookDelivery";
        Description = "一次推送尝试。One attempt to deliver one change notice.";
        Field<NonNullGraphType<StringGraphType>>("deliveryId")
            .Description("推送 ID（X-Rugao-Delivery），同一变更的各次重试相同。Delivery ID header; the same on every retry of one notice.")
            .Resolve(c => $"{c.Source.WebhookId}-{c.Source.Sequence}");
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("所送变更通知的游标。Cursor of the change notice this attempt carried.")
            .Resolve(c => ChangeCursor.Encode(c.Source.Sequence));
        Field<NonNullGraphType<IntGraphType>>("attempt").Description("第几次尝试，从 1 起。Attempt number, from 1.")
            .Resolve(c => c.Source.Attempt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("attemptedAt").Description("尝试时间。When it was tried.")
            .Resolve(c => c.Source.AttemptedAt);
        Field<IntGraphType>("statusCode").Description("接收方的 HTTP 状态码；未收到响应为 null。The receiver's HTTP status; null when none came.")
            .Resolve(c => c.Source.StatusCode);
        Field<StringGraphType>("error").Description("失败原因；成功为 null。Why it failed; null on success.")
            .Resolve(c => c.Source.Error);
        Field<NonNullGraphType<BooleanGraphType>>("succeeded").Description("接收方是否返回 2xx。Whether the receiver answered 2xx.")
            .Resolve(c => c.Source.Succeeded);
        Field<NonNullGraphType<IntGraphType>>("durationMs").Description("耗时（毫秒）。How long it took, in milliseconds.")
            .Resolve(c => c.Source.DurationMilliseconds);
    }
}
