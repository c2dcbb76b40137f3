using GraphQL.Types;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed record UpdateWebhookInput
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Url { get; init; }
    public ChangeFilterInput? Where { get; init; }
    public bool? Active { get; init; }
    public string? After { get; init; }
}

public sealed class UpdateWebhookInputType : InputObjectGraphType<UpdateWebhookInput>
{
    public UpdateWebhookInputType()
    {
        Name = "UpdateWebhookInput";
        Description = "修改回调；未给出的字段保持不变。Changes to a webhook; fields left out stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("回调 ID。The webhook.")
            .AsKeyOf(WebhookGraphType.TypeName);
        Field<StringGraphType>("name").Description("新名称。New name.");
        Field<StringGraphType>("url").Description("新接收地址。New URL.");
        Field<ChangeFilterInputType>("where").Description("新筛选条件（整体替换）。New filter, replacing the old one.");
        Field<BooleanGraphType>("active").Description("启用或停用。Turn deliveries on or off.");
        Field<StringGraphType>("after")
            .Description("改为从此变更游标之后推送（可用于重放）。Move the webhook to deliver after this cursor (a replay).");
    }
}
