using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Clauses;

/// <summary>Every clause of each version in document order; trees, children and numbers are read from this.</summary>
public sealed class ClausesByVersionIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, Clause>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Clause>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var clauses = await db.Clauses.Where(c => keys.Contains(c.VersionId))
            .OrderBy(c => c.VersionId).ThenBy(c => c.Position).ToListAsync(cancellationToken);
        return clauses.GroupBy(c => c.VersionId).ToDictionary(g => g.Key, g => (IReadOnlyList<Clause>)g.ToList());
    }
}
