using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>Published versions of standards, with the day each standard's successor takes effect.</summary>
public sealed class StandardTimelineLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, StandardTimeline?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardTimeline?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standards = await db.Standards.Where(s => keys.Contains(s.Id))
            .Select(s => new { Standard = s, SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn })
            .ToListAsync(cancellationToken);
        var versions = (await db.StandardVersions.Where(v => keys.Contains(v.StandardId) && v.PublishedOn != null)
            .ToListAsync(cancellationToken)).ToLookup(v => v.StandardId);
        return standards.ToDictionary(s => s.Standard.Id,
            s => (StandardTimeline?)new StandardTimeline(s.Standard, versions[s.Standard.Id], s.SupersededOn));
    }
}
