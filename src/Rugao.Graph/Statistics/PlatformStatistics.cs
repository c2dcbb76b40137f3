using Microsoft.EntityFrameworkCore;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Statistics;

/// <summary>
/// 成果展示的统计数字: published standards by level, status and service area, and the catalog's standard coverage, as
/// they stood on a day. At most five small queries whatever the size of the data; the rules run in memory.
/// </summary>
public sealed class PlatformStatistics(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<StatisticsSnapshot> ComputeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        // Published means it has an effective date, as in StandardFinder, so these counts match standards(asOf:).
        var statusOf = (await db.Standards.Where(StandardVisibility.Published)
                .Select(s => new
                {
                    s.Id, s.Level, s.FirstEffectiveOn, s.AbolishedOn,
                    SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn,
                })
                .ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => (s.Level,
                Status: StandardStatusRules.StatusOn(s.FirstEffectiveOn, s.AbolishedOn, s.SupersededOn, asOf)));

        var edition = CatalogEditionRules.InForce(await db.CatalogEditions.ToListAsync(cancellationToken), asOf);
        var areas = new List<ServiceArea>();
        var items = new List<(int Id, int AreaId)>();
        var listings = new List<StandardListing>();
        if (edition is not null)
        {
            areas = await db.ServiceAreas.Where(a => a.EditionId == edition.Id).OrderBy(a => a.Position)
                .ToListAsync(cancellationToken);
            items = (await db.ServiceItems.Where(i => i.EditionId == edition.Id)
                    .Select(i => new { i.Id, i.AreaId }).ToListAsync(cancellationToken))
                .Select(i => (i.Id, i.AreaId)).ToList();
            listings = (await db.StandardListings
                    .Where(l => db.ServiceAreas.Any(a => a.Id == l.AreaId && a.EditionId == edition.Id))
                    .ToListAsync(cancellationToken))
                .Where(l => statusOf.ContainsKey(l.StandardId) && ListingRules.IsListedOn(l, asOf))
                .ToList();
        }

        var coveredItems = listings
            .Where(l => l.ServiceItemId is not null && statusOf[l.StandardId].Status == StandardStatus.Current)
            .Select(l => l.ServiceItemId!.Value)
            .ToHashSet();
        Coverage CoverageOf(IEnumerable<(int Id, int AreaId)> scope)
        {
            var ids = scope.Select(i => i.Id).ToList();
            return new Coverage(ids.Count, ids.Count(coveredItems.Contains));
        }

        return new StatisticsSnapshot(
            asOf,
            statusOf.Count,
            Enum.GetValues<StandardLevel>()
                .Select(level => new LevelCount(level, statusOf.Values.Count(s => s.Level == level))).ToList(),
            Enum.GetValues<StandardStatus>()
                .Select(status => new StatusCount(status, statusOf.Values.Count(s => s.Status == status))).ToList(),
            areas.Select(area => new AreaStatistics(
                    area,
                    listings.Where(l => l.AreaId == area.Id).Select(l => l.StandardId).Distinct().Count(),
                    CoverageOf(items.Where(i => i.AreaId == area.Id))))
                .ToList(),
            CoverageOf(items));
    }
}
