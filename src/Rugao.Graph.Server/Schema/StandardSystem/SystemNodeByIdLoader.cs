using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public sealed class SystemNodeByIdLoader(SystemNodeReads reads) : BatchLoader<int, SystemNode?>
{
    protected override async Task<IReadOnlyDictionary<int, SystemNode?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.ByIdsAsync(keys, cancellationToken)).OrNull();
}
