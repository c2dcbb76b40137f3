using GraphQL.Types;
using Rugao.Graph.Server.Schema.Changes;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed record RegisterWebhookInput
{
    public string Name { get; init; } = "";
    public string Url { get; init; } = "";
    public ChangeFilterInput? Where { get; init; }
    public string? After { get; init; }
}

public sealed class RegisterWebhookInputType : InputObjectGraphType<RegisterWebhookInput>
{
    public RegisterWebhookInputType()
    {
        Name = "RegisterWebhookInput";
        Description = "登记回调。A new webhook.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("名称，唯一。Unique name.");
        Field<NonNullGraphType<StringGraphType>>("url").Description("接收地址：完整的 http/https 地址。Absolute http or https URL.");
        Field<ChangeFilterInputType>("where")
            .Description("筛选条件，缺省为全部公开变更；草案变更须在 kind 中明确列出。Filter; all public changes by default, draft changes only when `kind` names them.");
        Field<StringGraphType>("after")
            .Description("从此变更游标之后开始推送；缺省为当前最新，只推送今后的变更。Deliver changes after this cursor; by default only changes from now on.");
    }
}
