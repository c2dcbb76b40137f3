using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class CatalogEditionByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, ServiceCatalogEdition?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceCatalogEdition?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogEditions.Where(x => keys.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (ServiceCatalogEdition?)x, cancellationToken);
    }
}
