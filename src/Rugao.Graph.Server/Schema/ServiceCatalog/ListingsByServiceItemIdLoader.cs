using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The whole standards-list history of each service item, oldest first.</summary>
public sealed class ListingsByServiceItemIdLoader(IDbContextFactory<RugaoDbContext> contexts)
    : GroupLoader<int, StandardListing>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<StandardListing>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listings = await db.StandardListings
            .Where(l => l.ServiceItemId != null && keys.Contains(l.ServiceItemId.Value))
            .OrderBy(l => l.ListedOn).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return listings.GroupBy(l => l.ServiceItemId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StandardListing>)g.ToList());
    }
}
