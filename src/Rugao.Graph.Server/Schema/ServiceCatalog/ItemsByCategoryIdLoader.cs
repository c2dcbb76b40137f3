using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ItemsByCategoryIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItems.Where(x => keys.Contains(x.CategoryId)).OrderBy(x => x.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(x => x.CategoryId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceItem>)g.ToList());
    }
}
