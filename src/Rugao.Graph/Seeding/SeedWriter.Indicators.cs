using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Departments;
using Rugao.Graph.Indicators;
using Rugao.Graph.Seeding.Documents;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Seeding;

/// <summary>Indicators and their recorded measurements.</summary>
public sealed partial class SeedWriter
{
    private async Task WriteIndicatorsAsync(IReadOnlyList<IndicatorDocument> indicators,
        Dictionary<string, Department> departments, Dictionary<string, ServiceItem> items,
        CancellationToken cancellationToken)
    {
        var areas = await db.ServiceAreas.AsTracking().ToListAsync(cancellationToken);
        var areaByCode = areas.GroupBy(a => a.Code).ToDictionary(g => g.Key, g => g.MaxBy(a => a.EditionId)!);
        foreach (var (document, position) in indicators.Select((d, i) => (d, i)))
        {
            var indicator = new Indicator
            {
                Code = document.Code, Name = document.Name, Description = document.Description,
                AreaId = document.AreaCode is null ? null : areaByCode[document.AreaCode].Id,
                ServiceItemId = document.ItemCode is null ? null : items[document.ItemCode].Id,
                DepartmentId = document.DepartmentCode is null ? null : departments[document.DepartmentCode].Id,
                Unit = document.Unit, Target = document.Target, Direction = document.Direction,
                PeriodLabel = document.PeriodLabel, PeriodFrom = document.PeriodFrom, PeriodTo = document.PeriodTo,
                Position = position,
            };
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var measurement in document.Measurements.OrderBy(m => m.On))
            {
                db.IndicatorMeasurements.Add(new IndicatorMeasurement
                {
                    IndicatorId = indicator.Id, MeasuredOn = measurement.On, Value = measurement.Value,
                    Note = measurement.Note, RecordedAt = now, RecordedBy = Actor,
                });
                var change = Event(ChangeKind.MeasurementRecorded,
                    $"{indicator.Name} {measurement.On:yyyy-MM-dd} 监测值 {measurement.Value}{indicator.Unit}", measurement.On);
                change.IndicatorId = indicator.Id;
                change.AreaId = indicator.AreaId;
                change.DepartmentId = indicator.DepartmentId;
                db.ChangeEvents.Add(change);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
