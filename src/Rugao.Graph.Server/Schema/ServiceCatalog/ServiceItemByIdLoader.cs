using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ServiceItemByIdLoader(ServiceItemReads reads) : BatchLoader<int, ServiceItem?>
{
    protected override async Task<IReadOnlyDictionary<int, ServiceItem?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.ByIdsAsync(keys, cancellationToken)).OrNull();
}
