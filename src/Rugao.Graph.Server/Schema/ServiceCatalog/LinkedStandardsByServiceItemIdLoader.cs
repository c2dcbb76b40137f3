using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The standards linked to each service item, by code.</summary>
public sealed class LinkedStandardsByServiceItemIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, Standard>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItemLinks.Where(l => keys.Contains(l.ServiceItemId))
            .Join(db.Standards, l => l.StandardId, s => s.Id, (l, s) => new { l.ServiceItemId, Standard = s })
            .OrderBy(r => r.Standard.Identity).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ServiceItemId).ToDictionary(g => g.Key, g => (IReadOnlyList<Standard>)g.Select(r => r.Standard).ToList());
    }
}
