using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The published standards listed for each service item on a day.</summary>
public sealed class StandardsByServiceItemLoader(StandardListReads reads) : GroupLoader<ListingKey, Standard>
{
    protected override async Task<IReadOnlyDictionary<ListingKey, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<ListingKey> keys, CancellationToken cancellationToken)
    {
        var standards = await reads.StandardsListedForAsync(keys.Select(k => (k.Id, k.AsOf)).ToList(), cancellationToken);
        return standards.ToDictionary(p => new ListingKey(p.Key.ServiceItemId, p.Key.Day), p => p.Value);
    }
}
