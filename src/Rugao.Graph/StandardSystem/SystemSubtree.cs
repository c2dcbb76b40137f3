using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.StandardSystem;

public static class SystemSubtree
{
    /// <summary>The IDs of the given nodes and everything below them (the tree is small: read whole).</summary>
    public static async Task<HashSet<int>> IdsAsync(RugaoDbContext db, IReadOnlyCollection<int> roots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var nodes = await db.SystemNodes.Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken);
        var paths = nodes.Where(n => roots.Contains(n.Id)).Select(n => n.Path).ToList();
        return nodes.Where(n => paths.Any(p => n.Path == p || n.Path.StartsWith(p + "/", StringComparison.Ordinal)))
            .Select(n => n.Id).ToHashSet();
    }
}
