using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public static class ApiKeyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Field<NonNullGraphType<CreateApiKeyPayloadGraphType>>("createApiKey")
            .Description("新建 API 密钥，密钥全文只在结果中出现一次（管理员）。Create an API key; its secret appears once, in the payload (admins).")
            .Argument<NonNullGraphType<CreateApiKeyInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                var actor = EditorAccess.Require(c, Role.Admin);
                var input = InputReader.Of(c);
                var outcome = await c.RequestServices!.GetRequiredService<ApiKeyAdministration>()
                    .CreateAsync(input.Text("name"), input.Enum<Role>("role"), actor, c.CancellationToken);
                return new CreateApiKeyPayload(outcome.Value, outcome.Errors.Select(e => e.Under("input")).ToList());
            });
        mutation.Field<NonNullGraphType<RevokeApiKeyPayloadGraphType>>("revokeApiKey")
            .Description("吊销 API 密钥，立即失效（管理员）。Revoke an API key; it stops working at once (admins).")
            .Argument<NonNullGraphType<RevokeApiKeyInput>>("input", "输入。Input.")
            .ResolveAsync(async c =>
            {
                EditorAccess.Require(c, Role.Admin);
                var id = InputReader.Of(c).Id("id", ApiKeyGraphType.TypeName);
                var outcome = await c.RequestServices!.GetRequiredService<ApiKeyAdministration>().RevokeAsync(id, c.CancellationToken);
                return new RevokeApiKeyPayload(outcome.Value, outcome.Errors.Select(e => e.Under("input")).ToList());
            });
    }
}
