using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.StandardSystem;

/// <summary>How many standards in force or upcoming sit in each node's subtree.</summary>
public sealed class StandardCountBySystemNodeLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<NodeDay, int>
{
    protected override async Task<IReadOnlyDictionary<NodeDay, int>> FetchAsync(
        IReadOnlyCollection<NodeDay> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nodes = await db.SystemNodes.Select(n => new { n.Id, n.Path }).ToListAsync(cancellationToken);
        var standards = await db.Standards.Where(s => s.FirstEffectiveOn != null)
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
