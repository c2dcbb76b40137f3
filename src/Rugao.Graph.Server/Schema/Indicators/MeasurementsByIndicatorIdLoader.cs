using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Indicators;

/// <summary>Each indicator's measurements that count (corrected values left out) in chronological order (on one day, in the order they were recorded).</summary>
public sealed class MeasurementsByIndicatorIdLoader(IDbContextFactory<RugaoDbContext> contexts)
    : GroupLoader<int, IndicatorMeasurement>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<IndicatorMeasurement>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.IndicatorMeasurements.Where(m => keys.Contains(m.IndicatorId)).ToListAsync(cancellationToken);
        // A corrected value stays stored for the record but no longer counts.
        var corrected = rows.Where(m => m.CorrectsId is not null).Select(m => m.CorrectsId!.Value).ToHashSet();
        // Sorted here: SQLite cannot order by DateTimeOffset columns.
        return rows.Where(m => !corrected.Contains(m.Id)).OrderBy(m => m.MeasuredOn).ThenBy(m => m.RecordedAt).ThenBy(m => m.Id)
            .GroupBy(m => m.IndicatorId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorMeasurement>)g.ToList());
    }
}
