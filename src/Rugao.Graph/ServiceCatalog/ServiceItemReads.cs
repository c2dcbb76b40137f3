using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>Reads service items: by ID, by category, a filtered page of an edition, and those tied to standards.</summary>
public sealed class ServiceItemReads(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, ServiceItem>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceItems.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    /// <summary>The items of each category, in order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> ByCategoryIdsAsync(
        IReadOnlyCollection<int> categoryIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItems.Where(i => categoryIds.Contains(i.CategoryId)).OrderBy(i => i.Position)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(i => i.CategoryId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceItem>)g.ToList());
    }

    /// <summary>One page of an edition's items, filtered, by area and position; <paramref name="day"/> decides what is listed.</summary>
    public async Task<Paged<ServiceItem>> PageAsync(int editionId, ServiceItemFilter filter, DateOnly day,
        Func<int, (int Offset, int Count)> window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = db.ServiceItems.Where(i => i.EditionId == editionId);
        if (filter.AreaIds.Count > 0)
        {
            items = items.Where(i => filter.AreaIds.Contains(i.AreaId));
        }

        if (filter.CategoryIds.Count > 0)
        {
            items = items.Where(i => filter.CategoryIds.Contains(i.CategoryId));
        }

        if (filter.DepartmentIds.Count > 0)
        {
            items = items.Where(i => i.DepartmentId != null && filter.DepartmentIds.Contains(i.DepartmentId.Value));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            items = items.Where(i => i.Name.Contains(text) || i.ServiceContent.Contains(text) || i.ServiceObject.Contains(text));
        }

        if (filter.HasStandard is { } has)
        {
            var listed = db.StandardListings.Where(ListingRules.ListedOn(day));
            items = items.Where(i => listed.Any(l => l.ServiceItemId == i.Id) == has);
        }

        return await PagedQuery.ReadAsync(items, q => q.OrderBy(i => i.AreaId).ThenBy(i => i.Position).ThenBy(i => i.Id),
            window, cancellationToken);
    }

    /// <summary>The items each standard is linked to, listed or not, in catalog order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceItem>>> LinkedToStandardsAsync(
        IReadOnlyCollection<int> standardIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceItemLinks.Where(l => standardIds.Contains(l.StandardId))
            .Join(db.ServiceItems, l => l.ServiceItemId, i => i.Id, (l, i) => new { l.StandardId, Item = i })
            .OrderBy(r => r.Item.AreaId).ThenBy(r => r.Item.Position).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.StandardId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceItem>)g.Select(r => r.Item).ToList());
    }

    /// <summary>The items each standard is listed for on a day, in catalog order.</summary>
    public async Task<IReadOnlyDictionary<(int StandardId, DateOnly Day), IReadOnlyList<ServiceItem>>> ListedForStandardsAsync(
        IReadOnlyCollection<(int StandardId, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var ids = keys.Select(k => k.StandardId).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.StandardListings.Where(l => ids.Contains(l.StandardId) && l.ServiceItemId != null)
            .Join(db.ServiceItems, l => l.ServiceItemId, i => i.Id, (l, i) => new { Listing = l, Item = i })
            .OrderBy(r => r.Item.AreaId).ThenBy(r => r.Item.Position)
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(k => k, k => (IReadOnlyList<ServiceItem>)rows
            .Where(r => r.Listing.StandardId == k.StandardId && ListingRules.IsListedOn(r.Listing, k.Day))
            .Select(r => r.Item).DistinctBy(i => i.Id).ToList());
    }
}
