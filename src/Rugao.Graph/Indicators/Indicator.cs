namespace Rugao.Graph.Indicators;

/// <summary>指标 — a measurable target of the plan.</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? AreaId { get; set; }
    public int? ServiceItemId { get; set; }
    public int? DepartmentId { get; set; }
    public required string Unit { get; set; }
    public double Target { get; set; }
    public IndicatorDirection Direction { get; set; }
    public required string PeriodLabel { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public int Position { get; set; }
}
