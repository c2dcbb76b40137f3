using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The service items each standard is linked to, in catalog order.</summary>
public sealed class LinkedServiceItemsByStandardIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItemLinks.Where(l => keys.Contains(l.StandardId))
            .Join(db.ServiceItems, l => l.ServiceItemId, i => i.Id, (l, i) => new { l.StandardId, Item = i })
            .OrderBy(r => r.Item.AreaId).ThenBy(r => r.Item.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.StandardId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceItem>)g.Select(r => r.Item).ToList());
    }
}
