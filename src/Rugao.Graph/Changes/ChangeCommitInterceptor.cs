using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rugao.Graph.Changes;

/// <summary>
/// Raises the <see cref="ChangeSignal"/> after every save and every commit of this process, so notices go out at once
/// rather than at the next poll. Saves inside an explicit transaction are signalled again when it commits.
/// </summary>
internal sealed class ChangeCommitInterceptor(ChangeSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Raise();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Raise();
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => signal.Raise();

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Raise();
        return Task.CompletedTask;
    }
}
