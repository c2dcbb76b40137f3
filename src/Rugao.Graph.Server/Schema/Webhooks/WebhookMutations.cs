using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
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
        Add<RegisterWebhookInput, RegisterWebhookPayloadGraphType>(mutation, "registerWebhook",
            "登记回调（管理员）；返回的签名密钥只显示这一次。Register a webhook (admins); the signing secret is returned this once only.",
            async (c, input, actor) =>
            {
                var after = WebhookInputs.After(c);
                return WebhookPayload.From(await Store(c).RegisterAsync(new RegisterWebhookCommand(
                    input.Text("name") ?? "", input.Text("url") ?? "", WebhookInputs.Filter(c) ?? new ChangeFilter(),
                    after.Sequence, after.Invalid), actor, c.CancellationToken));
            });
        Add<UpdateWebhookInput, UpdateWebhookPayloadGraphType>(mutation, "updateWebhook",
            "修改回调（管理员）。Change a webhook (admins).",
            async (c, input, _) =>
            {
                var after = WebhookInputs.After(c);
                return WebhookPayload.From(await Store(c).UpdateAsync(new UpdateWebhookCommand(
                    input.Id("id", WebhookGraphType.TypeName), input.Text("name"), input.Text("url"), WebhookInputs.Filter(c),
                    input.Bool("active"), after.Sequence, after.Invalid), c.CancellationToken));
            });
        Add<DeactivateWebhookInput, DeactivateWebhookPayloadGraphType>(mutation, "deactivateWebhook",
            "停用回调（管理员）。Stop a webhook's deliveries (admins).",
            async (c, input, _) => WebhookPayload.From(
                await Store(c).DeactivateAsync(input.Id("id", WebhookGraphType.TypeName), c.CancellationToken)));
    }

    private static WebhookStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<WebhookStore>();

    private static void Add<TInput, TPayload>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, InputReader, string, Task<WebhookPayload>> change)
        where TInput : InputObjectGraphType
        where TPayload : WebhookPayloadGraphType =>
        mutation.Field<NonNullGraphType<TPayload>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input", "输入。Input.")
            .ResolveAsync(async c => await change(c, InputReader.Of(c), EditorAccess.Require(c, Role.Admin)));
}
