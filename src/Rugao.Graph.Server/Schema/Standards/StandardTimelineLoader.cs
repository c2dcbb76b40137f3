using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Published versions of standards, with the day each standard's successor takes effect.</summary>
public sealed class StandardTimelineLoader(VersionReads reads) : BatchLoader<int, StandardTimeline?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardTimeline?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken) =>
        (await reads.TimelinesAsync(keys, cancellationToken)).OrNull();
}
