using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Server.Schema.StandardSystem;

/// <summary>How many published standards in force or upcoming sit in each node's subtree.</summary>
public sealed class StandardCountBySystemNodeLoader(SystemNodeReads reads) : BatchLoader<NodeDay, int>
{
    protected override async Task<IReadOnlyDictionary<NodeDay, int>> FetchAsync(
        IReadOnlyCollection<NodeDay> keys, CancellationToken cancellationToken)
    {
        var counts = await reads.StandardCountsAsync(keys.Select(k => (k.NodeId, k.Day)).ToList(), cancellationToken);
        return counts.ToDictionary(p => new NodeDay(p.Key.NodeId, p.Key.Day), p => p.Value);
    }
}
