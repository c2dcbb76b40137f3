using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Server.Schema.Common;
using Rugao.Graph.Server.Schema.Editing;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Storage;

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

                var contexts = c.RequestServices!.GetRequiredService<IDbContextFactory<RugaoDbContext>>();
                await using var db = await contexts.CreateDbContextAsync(c.CancellationToken);
                var withDraft = db.Standards.Where(s => s.Versions.Any(v => v.PublishedOn == null));
                var total = await withDraft.CountAsync(c.CancellationToken);
                var (offset, count) = request.Window(total);
                var items = await withDraft.OrderBy(s => s.Identity).Skip(offset).Take(count).ToListAsync(c.CancellationToken);
                return new Page<StandardView>(items.Select(s => new StandardView(s, day)).ToList(), offset, total);
            });
    }
}
