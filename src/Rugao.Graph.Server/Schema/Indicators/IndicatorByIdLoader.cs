using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Indicators;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Schema.Indicators;

public sealed class IndicatorByIdLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, Indicator?>
{
    protected override async Task<IReadOnlyDictionary<int, Indicator?>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Indicators.Where(i => keys.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => (Indicator?)i, cancellationToken);
    }
}
