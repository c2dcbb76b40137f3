using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The standards listed for each service item on a day.</summary>
public sealed class StandardsByServiceItemLoader(IDbContextFactory<RugaoDbContext> contexts)
    : GroupLoader<ListingKey, Standard>
{
    protected override async Task<IReadOnlyDictionary<ListingKey, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<ListingKey> keys, CancellationToken cancellationToken)
    {
        var ids = keys.Select(k => k.Id).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StandardListings
            .Where(l => l.ServiceItemId != null && ids.Contains(l.ServiceItemId.Value))
            .Join(db.Standards, l => l.StandardId, s => s.Id, (l, s) => new { Listing = l, Standard = s })
            .Where(r => r.Standard.FirstEffectiveOn != null)
            .OrderBy(r => r.Standard.Identity)
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<Standard>)rows
            .Where(r => r.Listing.ServiceItemId == k.Id && ListingRules.IsListedOn(r.Listing, k.AsOf))
            .Select(r => r.Standard).DistinctBy(s => s.Id).ToList());
    }
}
