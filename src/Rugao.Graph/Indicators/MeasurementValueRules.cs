using Rugao.Graph.Editing;

namespace Rugao.Graph.Indicators;

/// <summary>
/// Sanity checks of a value against its indicator's unit: every indicator of the plan counts or shares something,
/// so values are never negative, shares (%) stay within 0–100, and counted things (人, 所 …) are whole.
/// </summary>
public static class MeasurementValueRules
{
    private static readonly HashSet<string> CountedUnits = ["人", "人次", "个", "所", "次", "项", "册", "家", "座", "户"];

    public static UserError? Check(Indicator indicator, double value, params string[] path)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            return IndicatorErrors.ValueOutOfRangeAt("不能为负数", "it must not be negative", path);
        }

        if (indicator.Unit == "%" && value > 100)
        {
            return IndicatorErrors.ValueOutOfRangeAt("百分比不超过 100", "a share is at most 100", path);
        }

        if (CountedUnits.Contains(indicator.Unit) && value != Math.Floor(value))
        {
            return IndicatorErrors.ValueOutOfRangeAt($"以“{indicator.Unit}”计数应为整数", "a count is a whole number", path);
        }

        return null;
    }
}
