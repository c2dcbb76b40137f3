using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Standards;

/// <summary>The standards each standard replaced (代替).</summary>
public sealed class StandardsBySupersededByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : GroupLoader<int, Standard>
{
    protected override async Task<IReadOnlyDictionary<int, IReadOnlyList<Standard>>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var replaced = await db.Standards.Where(s => s.SupersededById != null && keys.Contains(s.SupersededById.Value))
            .OrderBy(s => s.Identity).ToListAsync(cancellationToken);
        return replaced.GroupBy(s => s.SupersededById!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Standard>)g.ToList());
    }
}
