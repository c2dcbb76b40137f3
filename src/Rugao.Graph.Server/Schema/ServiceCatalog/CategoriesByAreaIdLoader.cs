using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class CategoriesByAreaIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, ServiceCategory>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceCategory>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceCategories.Where(x => keys.Contains(x.AreaId)).OrderBy(x => x.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(x => x.AreaId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceCategory>)g.ToList());
    }
}
