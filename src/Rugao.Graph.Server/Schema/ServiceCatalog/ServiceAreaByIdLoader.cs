using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceAreaByIdLoader(CatalogReads reads) : BatchLoader<int, ServiceArea?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceArea?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.AreasByIdsAsync(keys, cancellationToken)).OrNull();
}
