using GraphQL.Types;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed record DeactivateWebhookInput
{
    public int Id { get; init; }
}

public sealed class DeactivateWebhookInputType : InputObjectGraphType<DeactivateWebhookInput>
{
    public DeactivateWebhookInputType()
    {
        Name = "DeactivateWebhookInput";
        Description = "停用回调；推送位置保留，重新启用后从中断处继续。Stop a webhook; re-enabling it resumes where it stopped.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("回调 ID。The webhook.")
            .AsKeyOf(WebhookGraphType.TypeName);
    }
}
