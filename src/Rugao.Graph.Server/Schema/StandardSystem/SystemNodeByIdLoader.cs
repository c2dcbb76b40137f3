using Microsoft.EntityFrameworkCore;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public sealed class SystemNodeByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, SystemNode?>
{
    protected override async Task<IReadOnlyDictionary<int, SystemNode?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SystemNodes.Where(x => keys.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => (SystemNode?)x, cancellationToken);
    }
}
