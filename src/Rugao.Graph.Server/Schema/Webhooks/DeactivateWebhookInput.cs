using GraphQL.Types;

namespace Rugao.Graph.Server.Schema.Webhooks;

public sealed class DeactivateWebhookInput : InputObjectGraphType
{
    public DeactivateWebhookInput()
    {
        Name = "DeactivateWebhookInput";
        Description = "停用回调；推送位置保留，重新启用后从中断处继续。Stop a webhook; re-enabling it resumes where it stopped.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("回调 ID。The webhook.");
    }
}
