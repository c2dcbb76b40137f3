using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public static class ApiKeyMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        MutationField.Add<CreateApiKeyInputType, CreateApiKeyInput, CreateApiKeyPayloadGraphType, CreatedApiKey>(
            mutation, "createApiKey", Role.Admin,
            "新建 API 密钥，密钥全文只在结果中出现一次（管理员）。Create an API key; its secret appears once, in the payload (admins).",
            (c, input, actor) => c.RequestServices!.GetRequiredService<ApiKeyAdministration>()
                .CreateAsync(input.Name, input.Role, actor, c.CancellationToken));
        MutationField.Add<RevokeApiKeyInputType, RevokeApiKeyInput, RevokeApiKeyPayloadGraphType, ApiKey>(
            mutation, "revokeApiKey", Role.Admin,
            "吊销 API 密钥，立即失效（管理员）。Revoke an API key; it stops working at once (admins).",
            (c, input, _) => c.RequestServices!.GetRequiredService<ApiKeyAdministration>().RevokeAsync(input.Id, c.CancellationToken));
    }
}
