using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class AreasByEditionIdLoader(CatalogReads reads) : GroupLoader<int, ServiceArea>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceArea>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.AreasByEditionIdsAsync(keys, cancellationToken);
}
