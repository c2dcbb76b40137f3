using Rugao.Graph.Indicators;

namespace Rugao.Graph.Seeding.Documents;

public sealed record IndicatorDocument(
    int Line,
    string Code,
    string Name,
    string? Description,
    string? AreaCode,
    string? ItemCode,
    string? DepartmentCode,
    string Unit,
    double Target,
    IndicatorDirection Direction,
    string PeriodLabel,
    DateOnly? PeriodFrom,
    DateOnly? PeriodTo,
    IReadOnlyList<MeasurementDocument> Measurements);

public sealed record MeasurementDocument(int Line, DateOnly On, double Value, string? Note);
