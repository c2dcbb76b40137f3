using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Published versions by ID.</summary>
public sealed class VersionByIdLoader(VersionReads reads) : BatchLoader<int, StandardVersion?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardVersion?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.PublishedByIdsAsync(keys, cancellationToken)).OrNull();
}
