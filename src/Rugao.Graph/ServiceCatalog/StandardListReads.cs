using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>Reads the standards list (标准清单): what is listed on a day, its adjustments, and the standards of items.</summary>
public sealed class StandardListReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>One page of the entries listed on <paramref name="day"/>, by area, item and standard.</summary>
    public async Task<Paged<StandardListing>> ListedOnAsync(ListingFilter filter, DateOnly day,
        Func<int, (int Offset, int Count)> window, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listed = Filtered(db, filter).Where(ListingRules.ListedOn(day));
        return await PagedQuery.ReadAsync(listed,
            q => q.OrderBy(l => l.AreaId).ThenBy(l => l.ServiceItemId).ThenBy(l => l.StandardId).ThenBy(l => l.Id),
            window, cancellationToken);
    }

    /// <summary>Every adjustment (listing and delisting) effective between two days, latest first.</summary>
    public async Task<IReadOnlyList<ListAdjustment>> AdjustmentsAsync(ListingFilter filter, DateOnly from, DateOnly to,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listings = await Filtered(db, filter).ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by DateTimeOffset columns, and one listing row makes up to two adjustments.
        return listings.SelectMany(ListAdjustment.Of)
            .Where(a => a.EffectiveOn >= from && a.EffectiveOn <= to)
            .OrderByDescending(a => a.EffectiveOn).ThenByDescending(a => a.RecordedAt).ThenByDescending(a => a.Listing.Id)
            .ThenByDescending(a => a.Action)
            .ToList();
    }

    /// <summary>The whole list history of each service item, oldest first.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<StandardListing>>> ByServiceItemIdsAsync(
        IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var listings = await db.StandardListings.Where(l => l.ServiceItemId != null && itemIds.Contains(l.ServiceItemId.Value))
            .OrderBy(l => l.ListedOn).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        return listings.GroupBy(l => l.ServiceItemId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StandardListing>)g.ToList());
    }

    /// <summary>The published standards listed for each service item on a day, by code.</summary>
    public async Task<IReadOnlyDictionary<(int ServiceItemId, DateOnly Day), IReadOnlyList<Standard>>> StandardsListedForAsync(
        IReadOnlyCollection<(int ServiceItemId, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = keys.Select(k => k.ServiceItemId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StandardListings.Where(l => l.ServiceItemId != null && ids.Contains(l.ServiceItemId.Value))
            .Join(db.Standards.Where(StandardVisibility.Published), l => l.StandardId, s => s.Id,
                (l, s) => new { Listing = l, Standard = s })
            .OrderBy(r => r.Standard.Identity)
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<Standard>)rows
            .Where(r => r.Listing.ServiceItemId == k.ServiceItemId && ListingRules.IsListedOn(r.Listing, k.Day))
            .Select(r => r.Standard).DistinctBy(s => s.Id).ToList());
    }

    /// <summary>The published standards linked to each service item, listed or not, by code.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> LinkedStandardsAsync(
        IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItemLinks.Where(l => itemIds.Contains(l.ServiceItemId))
            .Join(db.Standards.Where(StandardVisibility.Published), l => l.StandardId, s => s.Id,
                (l, s) => new { l.ServiceItemId, Standard = s })
            .OrderBy(r => r.Standard.Identity).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ServiceItemId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Standard>)g.Select(r => r.Standard).ToList());
    }

    private static IQueryable<StandardListing> Filtered(RugaoDbContext db, ListingFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var listings = db.StandardListings.AsQueryable();
        if (filter.StandardIds.Count > 0)
        {
            listings = listings.Where(l => filter.StandardIds.Contains(l.StandardId));
        }

        if (filter.AreaIds.Count > 0)
        {
            listings = listings.Where(l => filter.AreaIds.Contains(l.AreaId));
        }

        if (filter.ServiceItemIds.Count > 0)
        {
            listings = listings.Where(l => l.ServiceItemId != null && filter.ServiceItemIds.Contains(l.ServiceItemId.Value));
        }

        return listings;
    }
}
