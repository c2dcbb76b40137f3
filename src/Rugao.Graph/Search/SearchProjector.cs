using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Search;

/// <summary>
/// Keeps the search index in step with the change log: re-indexes the standards each new change event names and then
/// moves its checkpoint, in that order, so after a crash it repeats work rather than losing it.
/// </summary>
public sealed class SearchProjector(
    ISearchEngine engine,
    SearchDocumentSource documents,
    IDbContextFactory<RugaoDbContext> contexts,
    TimeProvider time,
    ILogger<SearchProjector> logger)
{
    public const string Consumer = "search";
    private const int BatchSize = 500;

    /// <summary>Builds the index from scratch when there is none; returns whether it did.</summary>
    public async Task<bool> EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (await engine.IsReadyAsync(cancellationToken))
        {
            return false;
        }

        await RebuildAsync(cancellationToken);
        return true;
    }

    /// <summary>Rebuilds the whole index from the database; changes committed meanwhile are caught up afterwards.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var upTo = await LastSequenceAsync(cancellationToken);
        await engine.RebuildAsync(documents.AllAsync(cancellationToken), cancellationToken);
        await SaveCheckpointAsync(upTo, cancellationToken);
        logger.LogInformation("Search index rebuilt up to change {Sequence}", upTo);
    }

    /// <summary>Applies every change after the checkpoint; returns how many change events it consumed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken)
    {
        var consumed = 0;
        while (true)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var checkpoint = await db.ConsumerCheckpoints.Where(c => c.Consumer == Consumer)
                .Select(c => (long?)c.Sequence).FirstOrDefaultAsync(cancellationToken) ?? 0;
            var batch = await db.ChangeEvents.Where(e => e.Sequence > checkpoint).OrderBy(e => e.Sequence).Take(BatchSize)
                .Select(e => new { e.Sequence, e.StandardId }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return consumed;
            }

            var standardIds = batch.Where(e => e.StandardId is not null).Select(e => e.StandardId!.Value).Distinct().ToList();
            if (standardIds.Count > 0)
            {
                await engine.ReplaceStandardsAsync(standardIds,
                    await documents.ForStandardsAsync(standardIds, cancellationToken), cancellationToken);
            }

            await SaveCheckpointAsync(batch[^1].Sequence, cancellationToken);
            consumed += batch.Count;
        }
    }

    private async Task<long> LastSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
    }

    private async Task SaveCheckpointAsync(long sequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.ConsumerCheckpoints.AsTracking().FirstOrDefaultAsync(c => c.Consumer == Consumer, cancellationToken);
        if (checkpoint is null)
        {
            db.ConsumerCheckpoints.Add(new ConsumerCheckpoint { Consumer = Consumer, Sequence = sequence, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            checkpoint.Sequence = sequence;
            checkpoint.UpdatedAt = time.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
