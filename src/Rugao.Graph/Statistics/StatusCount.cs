using Rugao.Graph.Standards;

namespace Rugao.Graph.Statistics;

public sealed record StatusCount(StandardStatus Status, int Count);
