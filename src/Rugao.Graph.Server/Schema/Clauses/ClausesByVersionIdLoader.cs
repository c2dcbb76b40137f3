using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>Every clause of each version in document order; trees, children and numbers are read from this.</summary>
public sealed class ClausesByVersionIdLoader(ClauseReads reads) : GroupLoader<int, Clause>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Clause>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.ByVersionIdsAsync(keys, cancellationToken);
}
