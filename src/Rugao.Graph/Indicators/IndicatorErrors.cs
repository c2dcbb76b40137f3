using Rugao.Graph.Editing;

namespace Rugao.Graph.Indicators;

/// <summary>Stable codes of the user errors of recording indicator measurements.</summary>
public static class IndicatorErrors
{
    public const string PeriodInvalid = "PERIOD_INVALID";
    public const string PeriodNotEnded = "PERIOD_NOT_ENDED";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string UnitMismatch = "UNIT_MISMATCH";
    public const string PeriodRecorded = "PERIOD_RECORDED";
    public const string NothingToCorrect = "NOTHING_TO_CORRECT";

    internal static UserError PeriodInvalidAt(params string[] path) => UserError.At(PeriodInvalid,
        $"统计期格式应为 2024、2024-H1、2024-Q2、2024-06 或 2024-06-30（{MeasurementPeriod.FirstYear}—{MeasurementPeriod.LastYear} 年）。"
        + "Write the period as 2024, 2024-H1, 2024-Q2, 2024-06 or 2024-06-30.", path);

    internal static UserError PeriodNotEndedAt(DateOnly end, params string[] path) => UserError.At(PeriodNotEnded,
        $"统计期至 {end:yyyy-MM-dd} 才结束，请按已过去的日期填报。The period ends on {end:yyyy-MM-dd}; record values for days already past.", path);

    internal static UserError ValueOutOfRangeAt(string ruleZh, string ruleEn, params string[] path) => UserError.At(ValueOutOfRange,
        $"监测值超出合理范围：{ruleZh}。The value is out of range: {ruleEn}.", path);

    internal static UserError UnitMismatchAt(string unit, params string[] path) => UserError.At(UnitMismatch,
        $"该指标的单位是“{unit}”。This indicator is measured in '{unit}'.", path);

    internal static UserError PeriodRecordedAt(params string[] path) => UserError.At(PeriodRecorded,
        "该统计期已有监测值；如需更正，请设置 correction: true。This period already has a value; set correction: true to correct it.", path);

    internal static UserError NothingToCorrectAt(params string[] path) => UserError.At(NothingToCorrect,
        "该统计期尚无监测值，无需更正。There is no value for this period to correct.", path);
}
