namespace Rugao.Graph.Indicators;

/// <summary>Computes attainment from the rows it is given; never stored, so a new measurement changes it at once.</summary>
public static class IndicatorAttainmentRules
{
    /// <summary>
    /// The attainment of <paramref name="indicator"/> on <paramref name="asOf"/>, given its measurements: the latest
    /// measurement on or before that day counts (on a tie, the one recorded last). The indicator's period is not a
    /// cut-off: after it ends, its last value stays the result.
    /// </summary>
    public static IndicatorAttainment On(Indicator indicator, IEnumerable<IndicatorMeasurement> measurements, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(measurements);
        var latest = measurements
            .Where(m => m.MeasuredOn <= asOf)
            .OrderBy(m => m.MeasuredOn).ThenBy(m => m.RecordedAt).ThenBy(m => m.Id)
            .LastOrDefault();
        if (latest is null)
        {
            return new IndicatorAttainment(asOf, AttainmentStatus.NoData, null, null);
        }

        var attained = IsAttained(indicator.Direction, latest.Value, indicator.Target);
        return new IndicatorAttainment(asOf, attained ? AttainmentStatus.Attained : AttainmentStatus.NotAttained,
            latest, Ratio(indicator.Direction, latest.Value, indicator.Target, attained));
    }

    public static bool IsAttained(IndicatorDirection direction, double value, double target) => direction switch
    {
        IndicatorDirection.AtLeast => value >= target,
        IndicatorDirection.AtMost => value <= target,
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    /// <summary>
    /// How far the value is towards the target, 1 meaning exactly on it: value/target when more is better,
    /// target/value when less is better, so for positive numbers the ratio is at least 1 exactly when attained and
    /// is not capped (1.25 = a quarter better than required). When the divisor is 0 (a target of 0 to reach, or a
    /// measured 0 against a ceiling such as 大班额 0 个) there is no meaningful quotient: the ratio is then 1 if
    /// attained and 0 if not.
    /// </summary>
    private static double Ratio(IndicatorDirection direction, double value, double target, bool attained)
    {
        var (numerator, divisor) = direction == IndicatorDirection.AtMost ? (target, value) : (value, target);
        if (divisor == 0)
        {
            return attained ? 1 : 0;
        }

        return numerator / divisor;
    }
}
