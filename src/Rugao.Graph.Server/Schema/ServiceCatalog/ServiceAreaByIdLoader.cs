using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceAreaByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, ServiceArea?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceArea?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceAreas.Where(x => keys.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (ServiceArea?)x, cancellationToken);
    }
}
