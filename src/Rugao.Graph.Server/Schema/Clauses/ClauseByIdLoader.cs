using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>A clause by ID, when its version is published.</summary>
public sealed class ClauseByIdLoader(ClauseReads reads) : BatchLoader<int, Clause?>
{
    protected override async Task<IReadOnlyDictionary<int, Clause?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.PublishedByIdsAsync(keys, cancellationToken)).OrNull();
}
