using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorByIdLoader(IndicatorReads reads) : BatchLoader<int, Indicator?>
{
    protected override async Task<IReadOnlyDictionary<int, Indicator?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.ByIdsAsync(keys, cancellationToken)).OrNull();
}
