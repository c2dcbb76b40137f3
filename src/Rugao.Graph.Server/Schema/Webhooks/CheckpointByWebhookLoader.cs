using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Server.Schema.Loading;
using Rugao.Graph.Storage;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Server.Schema.Webhooks;

/// <summary>The last sequence each webhook has delivered (its checkpoint).</summary>
public sealed class CheckpointByWebhookLoader(IDbContextFactory<RugaoDbContext> contexts) : BatchLoader<int, long>
{
    protected override async Task<IReadOnlyDictionary<int, long>> FetchAsync(
        IReadOnlyCollection<int> keys, CancellationToken cancellationToken)
    {
        var consumers = keys.ToDictionary(WebhookCheckpoint.ConsumerOf);
        var names = consumers.Keys.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ConsumerCheckpoints.Where(c => names.Contains(c.Consumer))
            .ToDictionaryAsync(c => consumers[c.Consumer], c => c.Sequence, cancellationToken);
    }
}
