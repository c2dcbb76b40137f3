using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Changes;

/// <summary>
/// Reads the change log in sequence order. The log is written in commit order (SQLite has one writer at a time), so
/// once a sequence is visible every smaller one is too, and reading after a sequence never skips a change.
/// </summary>
public sealed class ChangeFeed(IDbContextFactory<RugaoDbContext> contexts)
{
    /// <summary>The newest sequence in the log; 0 when it is empty.</summary>
    public async Task<long> HeadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
    }

    /// <summary>Up to <paramref name="limit"/> notices matching <paramref name="filter"/> after <paramref name="after"/>, oldest first.</summary>
    public async Task<ChangeBatch> ReadAsync(long after, ChangeFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var rows = await ChangeQuery.Matching(db, filter)
            .Where(e => e.Sequence > after && e.Sequence <= head)
            .OrderBy(e => e.Sequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        // With more to come, everything before the first notice not returned has been handed out.
        var upTo = Math.Max(head, after);
        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            upTo = rows[^1].Sequence - 1;
            rows.RemoveAt(rows.Count - 1);
        }

        var notices = await ChangeScopes.NoticesAsync(db, rows, cancellationToken);
        return new ChangeBatch(notices, upTo, hasMore, head);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> notices matching <paramref name="filter"/> before <paramref name="before"/> (from
    /// the end of the log when null), newest first. The log is read up to its head, so reading forwards from
    /// <see cref="ChangeBatch.UpTo"/> gives only what is newer than everything there was to see.
    /// </summary>
    public async Task<ChangeBatch> ReadNewestAsync(long? before, ChangeFilter filter, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.ChangeEvents.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;
        var bound = before ?? head + 1;
        var rows = await ChangeQuery.Matching(db, filter)
            .Where(e => e.Sequence < bound && e.Sequence <= head)
            .OrderByDescending(e => e.Sequence)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var notices = await ChangeScopes.NoticesAsync(db, rows, cancellationToken);
        return new ChangeBatch(notices, head, hasMore, head);
    }
}
