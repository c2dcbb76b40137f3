using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Clauses;

/// <summary>Reads clauses: by ID (published versions only), every clause of versions, and a clause across versions.</summary>
public sealed class ClauseReads(IDbContextFactory<RugaoDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<int, Clause>> PublishedByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = db.StandardVersions.Where(StandardVisibility.PublishedVersion);
        return await db.Clauses.Where(c => ids.Contains(c.Id) && published.Any(v => v.Id == c.VersionId))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>Every clause of each version in document order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<Clause>>> ByVersionIdsAsync(
        IReadOnlyCollection<int> versionIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var clauses = await db.Clauses.Where(c => versionIds.Contains(c.VersionId))
            .OrderBy(c => c.VersionId).ThenBy(c => c.Position).ToListAsync(cancellationToken);
        return clauses.GroupBy(c => c.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<Clause>)g.ToList());
    }

    /// <summary>Each clause's rows in every published version of its standard (lineages are unique within a standard).</summary>
    public async Task<IReadOnlyDictionary<(int StandardId, Guid Lineage), IReadOnlyList<Clause>>> ByLineagesAsync(
        IReadOnlyCollection<(int StandardId, Guid Lineage)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var standardIds = keys.Select(k => k.StandardId).Distinct().ToList();
        var lineages = keys.Select(k => k.Lineage).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Clauses.Where(c => lineages.Contains(c.Lineage))
            .Join(db.StandardVersions.Where(StandardVisibility.PublishedVersion).Where(v => standardIds.Contains(v.StandardId)),
                c => c.VersionId, v => v.Id, (c, v) => new { v.StandardId, Clause = c })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.StandardId, r.Clause.Lineage))
            .Where(g => keys.Contains(g.Key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Clause>)g.Select(r => r.Clause).ToList());
    }
}
