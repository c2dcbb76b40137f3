using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;

namespace Rugao.Graph.Server.Schema.Access;

public static class ApiKeyQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyGraphType>>>>("apiKeys")
            .Description("全部 API 密钥，含已吊销的（管理员）。Every API key, revoked ones included (admins).")
            .ResolveAsync(async c =>
            {
                EditorAccess.Require(c, Role.Admin);
                return await c.RequestServices!.GetRequiredService<ApiKeyAdministration>().ListAsync(c.CancellationToken);
            });
    }
}
