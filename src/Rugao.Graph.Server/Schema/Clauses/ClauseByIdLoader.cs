using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Clauses;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Clauses;

public sealed class ClauseByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, Clause?>
{
    protected override async Task<IReadOnlyDictionary<int, Clause?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Clauses
            .Where(c => keys.Contains(c.Id) && db.StandardVersions.Any(v => v.Id == c.VersionId && v.PublishedOn != null))
            .ToDictionaryAsync(c => c.Id, c => (Clause?)c, cancellationToken);
    }
}
