using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class VersionByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, StandardVersion?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardVersion?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.StandardVersions.Where(v => keys.Contains(v.Id) && v.PublishedOn != null)
            .ToDictionaryAsync(v => v.Id, v => (StandardVersion?)v, cancellationToken);
    }
}
