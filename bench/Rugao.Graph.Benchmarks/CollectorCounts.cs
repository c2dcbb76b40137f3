using System.Globalization;

namespace Rugao.Graph.Benchmarks;

/// <summary>What the garbage collector has done so far in the process, to report what one phase allocated and cost.</summary>
internal sealed record CollectorCounts(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static CollectorCounts Now() =>
        new(GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            GC.GetTotalPauseDuration());

    public string Since(CollectorCounts start, int count, string unit) => string.Create(CultureInfo.InvariantCulture,
        $"Allocated {(AllocatedBytes - start.AllocatedBytes) / (double)count / 1024:F1} KB per {unit}; collections gen0 {Gen0 - start.Gen0}, gen1 {Gen1 - start.Gen1}, gen2 {Gen2 - start.Gen2}; paused {(Paused - start.Paused).TotalSeconds:F1} s");
}
