using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The service items each standard is linked to, in catalog order.</summary>
public sealed class LinkedServiceItemsByStandardIdLoader(ServiceItemReads reads) : GroupLoader<int, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.LinkedToStandardsAsync(keys, cancellationToken);
}
