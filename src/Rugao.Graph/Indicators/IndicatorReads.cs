using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Indicators;

/// <summary>Reads indicators and the measurements that count towards them.</summary>
public sealed class IndicatorReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>The plan's indicators in order, narrowed to areas and departments when given.</summary>
    public async Task<IReadOnlyList<Indicator>> ListAsync(IReadOnlyCollection<int> areaIds, IReadOnlyCollection<int> departmentIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        ArgumentNullException.ThrowIfNull(departmentIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var indicators = db.Indicators.AsQueryable();
        if (areaIds.Count > 0)
        {
            indicators = indicators.Where(i => i.AreaId != null && areaIds.Contains(i.AreaId.Value));
        }

        if (departmentIds.Count > 0)
        {
            indicators = indicators.Where(i => i.DepartmentId != null && departmentIds.Contains(i.DepartmentId.Value));
        }

        return await indicators.OrderBy(i => i.Position).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, Indicator>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
    }

    /// <summary>
    /// Each indicator's measurements that count, in chronological order (on one day, in the order they were recorded).
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<IndicatorMeasurement>>> CountingMeasurementsAsync(
        IReadOnlyCollection<int> indicatorIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IndicatorMeasurements.Where(m => indicatorIds.Contains(m.IndicatorId)).ToListAsync(cancellationToken);
        // A corrected value stays stored for the record but no longer counts.
        var corrected = rows.Where(m => m.CorrectsId is not null).Select(m => m.CorrectsId!.Value).ToHashSet();
        // Sorted here: SQLite cannot order by DateTimeOffset columns.
        return rows.Where(m => !corrected.Contains(m.Id)).OrderBy(m => m.MeasuredOn).ThenBy(m => m.RecordedAt).ThenBy(m => m.Id)
            .GroupBy(m => m.IndicatorId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorMeasurement>)g.ToList());
    }
}
