namespace Rugao.Graph.Indicators;

/// <summary>
/// 指标达标情况 — an indicator as it stood on <see cref="AsOf"/>: the measurement that counts, and how it compares
/// with the target. <see cref="Measurement"/> and <see cref="Ratio"/> are null when nothing was measured by then.
/// </summary>
public sealed record IndicatorAttainment(
    DateOnly AsOf,
    AttainmentStatus Status,
    IndicatorMeasurement? Measurement,
    double? Ratio)
{
    public bool Attained => Status == AttainmentStatus.Attained;
}
