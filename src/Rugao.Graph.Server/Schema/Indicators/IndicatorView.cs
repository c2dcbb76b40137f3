using Rugao.Graph.Indicators;

namespace Rugao.Graph.Server.Schema.Indicators;

/// <summary>An indicator as read for a day: its <c>attainment</c> defaults to that day, so a list filtered by status agrees with it.</summary>
public sealed record IndicatorView(Indicator Indicator, DateOnly AsOf);
