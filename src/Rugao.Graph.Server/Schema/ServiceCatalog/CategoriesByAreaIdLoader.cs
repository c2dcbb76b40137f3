using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class CategoriesByAreaIdLoader(CatalogReads reads) : GroupLoader<int, ServiceCategory>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceCategory>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.CategoriesByAreaIdsAsync(keys, cancellationToken);
}
