using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Standards by ID, drafts included: the fields that expose one decide who may see it (StandardViews).</summary>
public sealed class StandardByIdLoader(StandardReads reads) : BatchLoader<int, Standard?>
{
    protected override async Task<IReadOnlyDictionary<int, Standard?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.ByIdsAsync(keys, cancellationToken)).OrNull();
}
