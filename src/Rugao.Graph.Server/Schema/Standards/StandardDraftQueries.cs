using GraphQL.Types;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

public static class StandardDraftQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ConnectionGraphType<StandardGraphType, StandardView>>>("drafts")
            .Description("有未发布草案的标准，按编号排序；仅编辑及以上可见，匿名为空。Standards with an open draft, by code; empty for anonymous callers.")
            .Paged()
            .ResolveAsync(async c =>
            {
                var request = PageRequest.From(c).Validate();
                var day = c.AsOf();
                if (!EditorAccess.CanReadDrafts(c))
                {
                    return new Page<StandardView>([], 0, 0);
                }

                var page = await c.RequestServices!.GetRequiredService<StandardReads>().WithOpenDraftAsync(request.Window, c.CancellationToken);
                return new Page<StandardView>(page.Items.Select(s => new StandardView(s, day)).ToList(), page.Offset, page.Total);
            });
    }
}
