namespace Rugao.Graph.Statistics;

/// <summary>
/// 统计 — the platform's figures as they stood on <see cref="AsOf"/>. <see cref="ByLevel"/> and <see cref="ByStatus"/>
/// hold every level and status, in enum order, zero counts included, so a chart keeps its axes.
/// </summary>
public sealed record StatisticsSnapshot(
    DateOnly AsOf,
    int StandardCount,
    IReadOnlyList<LevelCount> ByLevel,
    IReadOnlyList<StatusCount> ByStatus,
    IReadOnlyList<AreaStatistics> ByArea,
    Coverage Coverage);
