using Rugao.Graph.Standards;

namespace Rugao.Graph.Statistics;

public sealed record LevelCount(StandardLevel Level, int Count);
