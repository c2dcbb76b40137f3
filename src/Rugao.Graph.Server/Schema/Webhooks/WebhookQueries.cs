using GraphQL.Types;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

public static class WebhookQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WebhookGraphType>>>>("webhooks")
            .Description("全部回调，按登记先后（仅管理员）。Every webhook, oldest first (admins only).")
            .ResolveAsync(async c =>
            {
                EditorAccess.Require(c, Role.Admin);
                return await c.RequestServices!.GetRequiredService<WebhookReads>().AllAsync(c.CancellationToken);
            });
    }
}
