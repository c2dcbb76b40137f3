using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The service items each standard is listed for on a day.</summary>
public sealed class ServiceItemsByStandardLoader(ServiceItemReads reads) : GroupLoader<ListingKey, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<ListingKey, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<ListingKey> keys, CancellationToken cancellationToken)
    {
        var items = await reads.ListedForStandardsAsync(keys.Select(k => (k.Id, k.AsOf)).ToList(), cancellationToken);
        return items.ToDictionary(p => new ListingKey(p.Key.StandardId, p.Key.Day), p => p.Value);
    }
}
