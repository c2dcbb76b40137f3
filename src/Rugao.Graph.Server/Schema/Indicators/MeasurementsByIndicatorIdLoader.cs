using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Indicators;

/// <summary>Each indicator's measurements that count (corrected values left out) in chronological order.</summary>
public sealed class MeasurementsByIndicatorIdLoader(IndicatorReads reads) : GroupLoader<int, IndicatorMeasurement>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<IndicatorMeasurement>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.CountingMeasurementsAsync(keys, cancellationToken);
}
