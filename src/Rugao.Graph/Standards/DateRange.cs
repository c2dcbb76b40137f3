namespace Rugao.Graph.Standards;

/// <summary>An inclusive range of days; either end may be open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To);
