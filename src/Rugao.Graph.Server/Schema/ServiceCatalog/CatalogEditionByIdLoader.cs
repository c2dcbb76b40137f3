using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class CatalogEditionByIdLoader(CatalogReads reads) : BatchLoader<int, ServiceCatalogEdition?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceCatalogEdition?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.EditionsByIdsAsync(keys, cancellationToken)).OrNull();
}
