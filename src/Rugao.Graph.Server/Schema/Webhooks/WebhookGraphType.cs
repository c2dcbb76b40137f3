using GraphQL.Types;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class WebhookGraphType : ObjectGraphType<Webhook>
{
    public const string TypeName = "Webhook";

    public WebhookGraphType()
    {
        Name = TypeName;
        Description = "回调：把符合筛选条件的变更逐条签名推送到一个地址（仅管理员可见）。"
            + "A URL that receives each matching change notice as a signed POST, in log order (admins only).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("全局 ID。Global ID.")
            .Resolve(c => GlobalId.Encode(TypeName, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称，唯一。Unique name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("url").Description("接收地址。Where notices are POSTed.").Resolve(c => c.Source.Url);
        Field<NonNullGraphType<WebhookFilterGraphType>>("where")
            .Description("登记或最近修改时给出的筛选条件。The filter it was registered or last updated with.")
            .Resolve(c => WebhookFilter.Read(c.Source.Filter));
        Field<NonNullGraphType<BooleanGraphType>>("active").Description("是否在推送。Whether deliveries run.")
            .Resolve(c => c.Source.Active);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("登记时间。When it was registered.")
            .Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<StringGraphType>>("createdBy").Description("登记者。Who registered it.")
            .Resolve(c => c.Source.CreatedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("最后修改时间。When it last changed.")
            .Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<StringGraphType>>("deliveredUpTo")
            .Description("已送达位置（变更游标）：此前所有符合条件的变更均已送达。Change cursor up to which every matching notice has been delivered.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CheckpointByWebhookLoader>().Load(c.Source.Id).Then(ChangeCursor.Encode));
        Field<NonNullGraphType<ConnectionGraphType<WebhookDeliveryGraphType, WebhookDelivery>>>("deliveries")
            .Description("推送记录，最新在前；每次尝试一条。The delivery log, newest first: one entry per attempt.")
            .Paged()
            .Resolve(c => c.RequestServices!.GetRequiredService<DeliveriesByWebhookLoader>()
                .Load(new DeliveryPageKey(c.Source.Id, PageRequest.From(c).Validate())));
    }
}
