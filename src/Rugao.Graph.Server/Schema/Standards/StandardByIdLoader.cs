using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Standards;

public sealed class StandardByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, Standard?>
{
    protected override async Task<IReadOnlyDictionary<int, Standard?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Standards.Where(s => keys.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (Standard?)s, cancellationToken);
    }
}
