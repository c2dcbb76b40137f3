using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class AreasByEditionIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, ServiceArea>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceArea>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceAreas.Where(x => keys.Contains(x.EditionId)).OrderBy(x => x.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(x => x.EditionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceArea>)g.ToList());
    }
}
