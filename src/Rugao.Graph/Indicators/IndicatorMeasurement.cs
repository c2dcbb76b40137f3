namespace Rugao.Graph.Indicators;

/// <summary>指标监测值 — a recorded value of an indicator on a date.</summary>
public sealed class IndicatorMeasurement
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly MeasuredOn { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}
