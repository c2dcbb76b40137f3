using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Editing;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Indicators;

/// <summary>
/// 监测值填报 — records an indicator's value for a period, checked against the indicator's unit. A second value for a
/// period must say it is a correction; the corrected row stays, so what was reported before remains on record.
/// Attainment is computed from the rows, so it changes with the commit. One transaction with MEASUREMENT_RECORDED.
/// </summary>
public sealed class IndicatorMeasurements(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public async Task<EditOutcome<IndicatorMeasurement>> RecordAsync(RecordMeasurementCommand command, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Id == command.IndicatorId, cancellationToken);
        if (indicator is null)
        {
            return EditErrors.NotFoundAt("指标 indicator", "indicatorId");
        }

        var errors = new List<UserError>();
        var day = MeasurementPeriod.LastDay(command.Period);
        if (string.IsNullOrWhiteSpace(command.Period))
        {
            errors.Add(EditErrors.RequiredAt("period"));
        }
        else if (day is null)
        {
            errors.Add(IndicatorErrors.PeriodInvalidAt("period"));
        }
        else if (day > LocalCalendar.Today(time))
        {
            errors.Add(IndicatorErrors.PeriodNotEndedAt(day.Value, "period"));
        }

        if (command.Unit is { } unit && !string.Equals(unit.Trim(), indicator.Unit, StringComparison.Ordinal))
        {
            errors.Add(IndicatorErrors.UnitMismatchAt(indicator.Unit, "unit"));
        }
        else if (MeasurementValueRules.Check(indicator, command.Value, "value") is { } valueError)
        {
            errors.Add(valueError);
        }

        EditLimits.CheckText(errors, command.Note, EditLimits.ShortText, required: false, "note");
        EditLimits.CheckText(errors, command.Source, EditLimits.ShortText, required: false, "source");
        IndicatorMeasurement? corrected = null;
        if (day is { } measuredOn)
        {
            var sameDay = await db.IndicatorMeasurements.Where(m => m.IndicatorId == indicator.Id && m.MeasuredOn == measuredOn)
                .ToListAsync(cancellationToken);
            corrected = sameDay.OrderBy(m => m.RecordedAt).ThenBy(m => m.Id).LastOrDefault();
            if (corrected is not null && !command.Correction)
            {
                errors.Add(IndicatorErrors.PeriodRecordedAt("period"));
            }
            else if (corrected is null && command.Correction)
            {
                errors.Add(IndicatorErrors.NothingToCorrectAt("correction"));
            }
        }

        if (errors.Count > 0)
        {
            return EditOutcome.Failed<IndicatorMeasurement>(errors);
        }

        var now = time.GetUtcNow();
        var measurement = new IndicatorMeasurement
        {
            IndicatorId = indicator.Id, MeasuredOn = day!.Value, Value = command.Value, Note = Trimmed(command.Note),
            Source = Trimmed(command.Source), RecordedAt = now, RecordedBy = actor, CorrectsId = corrected?.Id,
        };
        db.IndicatorMeasurements.Add(measurement);
        db.ChangeEvents.Add(new ChangeEvent
        {
            Kind = ChangeKind.MeasurementRecorded, OccurredAt = now, EffectiveOn = measurement.MeasuredOn,
            IndicatorId = indicator.Id, AreaId = indicator.AreaId, ServiceItemId = indicator.ServiceItemId,
            DepartmentId = indicator.DepartmentId, Actor = actor,
            Summary = $"{indicator.Name} {command.Period!.Trim()}{(corrected is null ? "" : " 更正")}：{command.Value} {indicator.Unit}。"
                + $"{(corrected is null ? "Recorded" : "Corrected")} {indicator.Code} for {command.Period.Trim()}.",
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EditOutcome.Done(measurement);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
