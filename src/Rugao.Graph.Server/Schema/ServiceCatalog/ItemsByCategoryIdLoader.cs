using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

public sealed class ItemsByCategoryIdLoader(ServiceItemReads reads) : GroupLoader<int, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.ByCategoryIdsAsync(keys, cancellationToken);
}
