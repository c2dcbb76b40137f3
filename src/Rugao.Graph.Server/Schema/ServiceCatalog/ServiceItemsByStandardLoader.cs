using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The service items each standard is listed for on a day.</summary>
public sealed class ServiceItemsByStandardLoader(IDbContextFactory<RugaoDbContext> contexts)
    : GroupLoader<ListingKey, ServiceItem>
{
    protected override async Task<IReadOnlyDictionary<ListingKey, IReadOnlyList<ServiceItem>>> FetchAsync(
        IReadOnlyCollection<ListingKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StandardListings.Where(l => ids.Contains(l.StandardId) && l.ServiceItemId != null)
            .Join(db.ServiceItems, l => l.ServiceItemId, i => i.Id, (l, i) => new { Listing = l, Item = i })
            .OrderBy(r => r.Item.AreaId).ThenBy(r => r.Item.Position)
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<ServiceItem>)rows
            .Where(r => r.Listing.StandardId == k.Id && ListingRules.IsListedOn(r.Listing, k.AsOf))
            .Select(r => r.Item).DistinctBy(i => i.Id).ToList());
    }
}
