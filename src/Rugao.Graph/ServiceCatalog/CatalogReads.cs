using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.ServiceCatalog;

/// <summary>Reads the service catalog's editions, areas and categories.</summary>
public sealed class CatalogReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>Every catalog edition by the day it took effect.</summary>
    public async Task<IReadOnlyList<ServiceCatalogEdition>> EditionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogEditions.OrderBy(e => e.EffectiveFrom).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, ServiceCatalogEdition>> EditionsByIdsAsync(
        IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogEditions.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
    }

    /// <summary>The areas of each edition, in order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceArea>>> AreasByEditionIdsAsync(
        IReadOnlyCollection<int> editionIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceAreas.Where(a => editionIds.Contains(a.EditionId)).OrderBy(a => a.Position)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(a => a.EditionId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceArea>)g.ToList());
    }

    public async Task<IReadOnlyDictionary<int, ServiceArea>> AreasByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceAreas.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
    }

    /// <summary>The categories of each area, in order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ServiceCategory>>> CategoriesByAreaIdsAsync(
        IReadOnlyCollection<int> areaIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ServiceCategories.Where(c => areaIds.Contains(c.AreaId)).OrderBy(c => c.Position)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(c => c.AreaId).ToDictionary(g => g.Key, g => (IReadOnlyList<ServiceCategory>)g.ToList());
    }

    public async Task<IReadOnlyDictionary<int, ServiceCategory>> CategoriesByIdsAsync(
        IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ServiceCategories.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }
}
