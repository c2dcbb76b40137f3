using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.ServiceCatalog;

/// <summary>The published standards linked to each service item, by code.</summary>
public sealed class LinkedStandardsByServiceItemIdLoader(StandardListReads reads) : GroupLoader<int, Standard>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        await reads.LinkedStandardsAsync(keys, cancellationToken);
}
