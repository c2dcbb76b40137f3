using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Standards;

/// <summary>Reads versions: published ones by ID, standards' timelines, open drafts, and codes for messages.</summary>
public sealed class VersionReads(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, StandardVersion>> PublishedByIdsAsync(
        IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => ids.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, cancellationToken);
    }

    /// <summary>Each standard with its published versions and the day its successor takes effect.</summary>
    public async Task<IReadOnlyDictionary<int, StandardTimeline>> TimelinesAsync(
        IReadOnlyCollection<int> standardIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var standards = await db.Standards.Where(s => standardIds.Contains(s.Id))
            .Select(s => new { Standard = s, SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn })
            .ToListAsync(cancellationToken);
        var versions = (await db.StandardVersions.Where(StandardVisibility.PublishedVersion)
            .Where(v => standardIds.Contains(v.StandardId)).ToListAsync(cancellationToken)).ToLookup(v => v.StandardId);
        return standards.ToDictionary(s => s.Standard.Id,
            s => new StandardTimeline(s.Standard, versions[s.Standard.Id], s.SupersededOn));
    }

    /// <summary>The open draft of each standard that has one.</summary>
    public async Task<IReadOnlyDictionary<int, StandardVersion>> OpenDraftsAsync(
        IReadOnlyCollection<int> standardIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.StandardVersions.Where(StandardVisibility.Draft).Where(v => standardIds.Contains(v.StandardId))
            .ToListAsync(cancellationToken);
        return drafts.GroupBy(v => v.StandardId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Id)!);
    }

    /// <summary>Each version's code with year and number, drafts included, for messages that name it.</summary>
    public async Task<IReadOnlyDictionary<int, (string Code, int? Number)>> CodesAsync(
        IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await db.StandardVersions.Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.Code, v.Number })
                .ToListAsync(cancellationToken))
            .ToDictionary(v => v.Id, v => (v.Code, v.Number));
    }
}
