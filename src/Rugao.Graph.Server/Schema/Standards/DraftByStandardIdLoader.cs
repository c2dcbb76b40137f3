using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The open (unpublished) draft of each standard, if it has one.</summary>
public sealed class DraftByStandardIdLoader(VersionReads reads) : BatchLoader<int, StandardVersion?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardVersion?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.OpenDraftsAsync(keys, cancellationToken)).OrNull();
}
