using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceCategoryByIdLoader(CatalogReads reads) : BatchLoader<int, ServiceCategory?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceCategory?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.CategoriesByIdsAsync(keys, cancellationToken)).OrNull();
}
