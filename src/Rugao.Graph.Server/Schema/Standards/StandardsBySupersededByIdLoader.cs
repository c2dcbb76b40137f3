using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The standards each standard replaced (代替).</summary>
public sealed class StandardsBySupersededByIdLoader(StandardReads reads) : GroupLoader<int, Standard>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.ReplacedByAsync(keys, cancellationToken);
}
