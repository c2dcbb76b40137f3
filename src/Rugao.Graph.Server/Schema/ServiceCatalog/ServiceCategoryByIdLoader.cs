using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceCategoryByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, ServiceCategory?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceCategory?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceCategories.Where(x => keys.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (ServiceCategory?)x, cancellationToken);
    }
}
