using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The open (unpublished) draft of each standard, if it has one.</summary>
public sealed class DraftByStandardIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, StandardVersion?>
{
    protected override async Task<IReadOnlyDictionary<int, StandardVersion?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var drafts = await db.StandardVersions.Where(v => keys.Contains(v.StandardId) && v.PublishedOn == null)
            .ToListAsync(cancellationToken);
        return drafts.GroupBy(v => v.StandardId).ToDictionary(g => g.Key, g => (StandardVersion?)g.MaxBy(v => v.Id));
    }
}
