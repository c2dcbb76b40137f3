using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>Each clause's rows in every published version of its standard, for <c>Clause.history</c>.</summary>
public sealed class ClausesByLineageLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<LineageKey, Clause>
{
    protected override async Task<IReadOnlyDictionary<LineageKey, IReadOnlyList<Clause>>> FetchAsync(
        IReadOnlyCollection<LineageKey> keys, CancellationToken cancellationToken)
    {
        var standardIds = keys.Select(k => k.StandardId).Distinct().ToList();
        var lineages = keys.Select(k => k.Lineage).Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Clauses.Where(c => lineages.Contains(c.Lineage))
            .Join(db.StandardVersions.Where(v => standardIds.Contains(v.StandardId) && v.PublishedOn != null),
                c => c.VersionId, v => v.Id, (c, v) => new { v.StandardId, Clause = c })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => new LineageKey(r.StandardId, r.Clause.Lineage))
            .Where(g => keys.Contains(g.Key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Clause>)g.Select(r => r.Clause).ToList());
    }
}
