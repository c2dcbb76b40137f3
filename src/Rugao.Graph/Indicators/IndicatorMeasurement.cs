namespace Rugao.Graph.Indicators;

/// <summary>指标监测值 — a recorded value of an indicator on a date.</summary>
public sealed class IndicatorMeasurement
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public DateOnly MeasuredOn { get; set; }
    public double Value { get; set; }
    public string? Note { get; set; }

    /// <summary>Where the value comes from (统计公报, 部门报送 …).</summary>
    public string? Source { get; set; }

    /// <summary>The earlier measurement of the same day this one corrects; the corrected one stays for the record.</summary>
    public int? CorrectsId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string? RecordedBy { get; set; }
}
