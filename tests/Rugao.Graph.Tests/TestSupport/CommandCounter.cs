using System.Runtime.CompilerServices;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>
/// Counts the SQL statements EF Core sends on behalf of one test, so tests can prove a query shape does not cause
/// N+1 reads. <see cref="Reset"/> starts a count that follows the test's own async flow (into the in-memory server,
/// which preserves the execution context), so background work such as the search projector is not counted.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<StrongBox<int>?> current = new();

    public int Count => current.Value?.Value ?? 0;

    public void Reset() => current.Value = new StrongBox<int>(0);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Increment();
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command,
        CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Increment()
    {
        if (current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }
}
