namespace Rugao.Graph.Indicators;

/// <summary>A value of an indicator for a period; <see cref="Correction"/> states that it replaces the period's value.</summary>
public sealed record RecordMeasurementCommand(
    int IndicatorId,
    string? Period,
    double Value,
    string? Unit,
    string? Note,
    string? Source,
    bool Correction);
