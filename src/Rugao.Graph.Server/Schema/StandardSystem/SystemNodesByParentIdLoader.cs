using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.StandardSystem;

public sealed class SystemNodesByParentIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, SystemNode>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<SystemNode>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.SystemNodes.Where(n => n.ParentId != null && keys.Contains(n.ParentId.Value))
            .OrderBy(n => n.Position).ToListAsync(cancellationToken);
        return nodes.GroupBy(n => n.ParentId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<SystemNode>)g.ToList());
    }
}
