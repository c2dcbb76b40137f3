using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Statistics;

/// <summary>
/// One service area: how many distinct published standards are listed for it on the day (whatever their status: the
/// list is what it is), and how many of its items a standard in force covers.
/// </summary>
public sealed record AreaStatistics(ServiceArea Area, int StandardCount, Coverage Coverage);
