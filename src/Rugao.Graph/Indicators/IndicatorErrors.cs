using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Indicators;

/// <summary>Factories over <see cref="Errors.ErrorCatalog"/> for user errors of recording indicator measurements.</summary>
public static class IndicatorErrors
{
    internal static UserError PeriodInvalidAt(params string[] path) => ErrorCatalog.InvalidPeriod.With(MeasurementPeriod.FirstYear, MeasurementPeriod.LastYear).At(path);

    internal static UserError PeriodNotEndedAt(DateOnly end, params string[] path) => ErrorCatalog.PeriodNotEnded.With(end).At(path);

    internal static UserError ValueOutOfRangeAt(string ruleZh, string ruleEn, params string[] path) => ErrorCatalog.ValueOutOfRange.With(ruleZh, ruleEn).At(path);

    internal static UserError UnitMismatchAt(string unit, params string[] path) => ErrorCatalog.UnitMismatch.With(unit).At(path);

    internal static UserError PeriodRecordedAt(params string[] path) => ErrorCatalog.PeriodRecorded.At(path);

    internal static UserError NothingToCorrectAt(params string[] path) => ErrorCatalog.NothingToCorrect.At(path);
}
