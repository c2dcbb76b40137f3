using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.StandardSystem;

/// <summary>Reads the standard system tree: its top, nodes by ID, children, and how many standards each subtree holds.</summary>
public sealed class SystemNodeReads(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>The top of the tree (通用基础, 服务保障, 服务提供) in order.</summary>
    public async Task<IReadOnlyList<SystemNode>> RootsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SystemNodes.Where(n => n.ParentId == null).OrderBy(n => n.Position).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, SystemNode>> ByIdsAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SystemNodes.Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
    }

    /// <summary>The children of each node, in order.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<SystemNode>>> ChildrenAsync(
        IReadOnlyCollection<int> parentIds, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.SystemNodes.Where(n => n.ParentId != null && parentIds.Contains(n.ParentId.Value))
            .OrderBy(n => n.Position).ToListAsync(cancellationToken);
        return nodes.GroupBy(n => n.ParentId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<SystemNode>)g.ToList());
    }

    /// <summary>How many published standards in force or upcoming on a day sit in each node's subtree.</summary>
    public async Task<IReadOnlyDictionary<(int NodeId, DateOnly Day), int>> StandardCountsAsync(
        IReadOnlyCollection<(int NodeId, DateOnly Day)> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.SystemNodes.Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken);
        var standards = await db.Standards.Where(StandardVisibility.Published)
            .Select(s => new
            {
                s.SystemNodeId, s.FirstEffectiveOn, s.AbolishedOn,
                SupersededOn = s.SupersededBy == null ? null : s.SupersededBy.FirstEffectiveOn,
            })
            .ToListAsync(cancellationToken);
        var paths = nodes.ToDictionary(n => n.Id, n => n.Path);
        return keys.ToDictionary(k => k, k =>
        {
            var root = paths.GetValueOrDefault(k.NodeId);
            return standards.Count(s =>
                paths.TryGetValue(s.SystemNodeId, out var path)
                && root is not null
                && (path == root || path.StartsWith(root + "/", StringComparison.Ordinal))
                && StandardStatusRules.StatusOn(s.FirstEffectiveOn, s.AbolishedOn, s.SupersededOn, k.Day)
                    is StandardStatus.Current or StandardStatus.Upcoming);
        });
    }
}
