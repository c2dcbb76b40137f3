using GraphQL;
using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public static class WebhookMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<RegisterWebhookInputType, RegisterWebhookInput, RegisterWebhookPayloadGraphType, WebhookRegistration>(
            mutation, "registerWebhook", Role.Admin,
            "登记回调（管理员）；返回的签名密钥只显示这一次。Register a webhook (admins); the signing secret is returned this once only.",
            (c, input, actor) =>
            {
                var after = WebhookInputs.After(input.After);
                return Store(c).RegisterAsync(new RegisterWebhookCommand(input.Name, input.Url,
                    WebhookInputs.Filter(input.Where) ?? new ChangeFilter(), after.Sequence, after.Invalid), actor, c.CancellationToken);
            });
        MutationField.Add<UpdateWebhookInputType, UpdateWebhookInput, UpdateWebhookPayloadGraphType, Webhook>(
            mutation, "updateWebhook", Role.Admin,
            "修改回调（管理员）。Change a webhook (admins).",
            (c, input, _) =>
            {
                var after = WebhookInputs.After(input.After);
                return Store(c).UpdateAsync(new UpdateWebhookCommand(input.Id, input.Name, input.Url, WebhookInputs.Filter(input.Where),
                    input.Active, after.Sequence, after.Invalid), c.CancellationToken);
            });
        MutationField.Add<DeactivateWebhookInputType, DeactivateWebhookInput, DeactivateWebhookPayloadGraphType, Webhook>(
            mutation, "deactivateWebhook", Role.Admin,
            "停用回调（管理员）。Stop a webhook's deliveries (admins).",
            (c, input, _) => Store(c).DeactivateAsync(input.Id, c.CancellationToken));
    }

    private static WebhookStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<WebhookStore>();
}
