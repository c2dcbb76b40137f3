using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceItemByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, ServiceItem?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceItem?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.Where(x => keys.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (ServiceItem?)x, cancellationToken);
    }
}
