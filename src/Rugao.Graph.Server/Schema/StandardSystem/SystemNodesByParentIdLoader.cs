using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public sealed class SystemNodesByParentIdLoader(SystemNodeReads reads) : GroupLoader<int, SystemNode>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<SystemNode>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.ChildrenAsync(keys, cancellationToken);
}
