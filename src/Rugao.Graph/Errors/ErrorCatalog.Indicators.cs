namespace Rugao.Graph.Errors;

/// <summary>Recording indicator measurements.</summary>
public static partial class ErrorCatalog
{
    public static readonly ErrorCode InvalidPeriod = ErrorCode.Define("INVALID_PERIOD",
        "统计期格式应为 2024、2024-H1、2024-Q2、2024-06 或 2024-06-30（{0}—{1} 年）。Write the period as 2024, 2024-H1, 2024-Q2, 2024-06 or 2024-06-30.");

    public static readonly ErrorCode PeriodNotEnded = ErrorCode.Define("PERIOD_NOT_ENDED",
        "统计期至 {0:yyyy-MM-dd} 才结束，请按已过去的日期填报。The period ends on {0:yyyy-MM-dd}; record values for days already past.");

    public static readonly ErrorCode ValueOutOfRange = ErrorCode.Define("VALUE_OUT_OF_RANGE", "监测值超出合理范围：{0}。The value is out of range: {1}.");

    public static readonly ErrorCode UnitMismatch = ErrorCode.Define("UNIT_MISMATCH", "该指标的单位是“{0}”。This indicator is measured in '{0}'.");

    public static readonly ErrorCode PeriodRecorded = ErrorCode.Define("PERIOD_RECORDED",
        "该统计期已有监测值；如需更正，请设置 correction: true。This period already has a value; set correction: true to correct it.");

    public static readonly ErrorCode NothingToCorrect = ErrorCode.Define("NOTHING_TO_CORRECT",
        "该统计期尚无监测值，无需更正。There is no value for this period to correct.");
}
