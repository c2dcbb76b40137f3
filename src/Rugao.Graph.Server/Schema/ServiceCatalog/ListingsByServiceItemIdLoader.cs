using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The whole standards-list history of each service item, oldest first.</summary>
public sealed class ListingsByServiceItemIdLoader(StandardListReads reads) : GroupLoader<int, StandardListing>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<StandardListing>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.ByServiceItemIdsAsync(keys, cancellationToken);
}
