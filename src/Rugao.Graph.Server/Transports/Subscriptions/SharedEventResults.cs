using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using GraphQL;
using Rugao.Graph.Access;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// One execution per event for all subscribers asking the same thing. When a notice reaches thousands of
/// subscribers, executing it once per subscriber (a scope, the resolvers, the loaders) is what limits fan-out; the
/// first subscriber to get an event executes it and the others with the same <see cref="OperationKey"/> and the same
/// role reuse its result, which nothing changes after execution. Only results without errors are shared (errors stay
/// each subscriber's own). The cache holds the latest <see cref="Capacity"/> entries and forgets older ones.
/// </summary>
public sealed class SharedEventResults
{
    public const int DefaultCapacity = 1024;
    private readonly ConcurrentDictionary<Key, Task<ExecutionResult>> entries = new();
    private readonly ConcurrentQueue<Key> order = new();

    public SharedEventResults()
        : this(DefaultCapacity)
    {
    }

    public SharedEventResults(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    public int Capacity { get; }

    public int Count => entries.Count;

    /// <summary>The shared result for this event, operation and role when one has already run without errors.</summary>
    public bool TryGet(object @event, string operation, Role? role, [NotNullWhen(true)] out ExecutionResult? result)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(operation);
        if (entries.TryGetValue(new Key(@event, operation, role), out var shared) && shared.IsCompletedSuccessfully && Shareable(shared.Result))
        {
            result = shared.Result;
            return true;
        }

        result = null;
        return false;
    }

    /// <summary>
    /// The result of <paramref name="execute"/> for this event, operation and role: run here if no subscriber has run
    /// it yet, else the shared one (or run here when the shared run failed or produced errors).
    /// </summary>
    public async ValueTask<ExecutionResult> GetOrExecuteAsync(object @event, string operation, Role? role, Func<ValueTask<ExecutionResult>> execute)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(execute);
        var key = new Key(@event, operation, role);
        if (!entries.TryGetValue(key, out var shared))
        {
            var mine = new TaskCompletionSource<ExecutionResult>(TaskCreationOptions.RunContinuationsAsynchronously);
            shared = entries.GetOrAdd(key, mine.Task);
            if (ReferenceEquals(shared, mine.Task))
            {
                Remember(key);
                return await RunAsync(key, mine, execute);
            }
        }

        try
        {
            var result = await shared;
            if (Shareable(result))
            {
                return result;
            }
        }
#pragma warning disable CA1031 // The run we waited for failed; this subscriber runs its own.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return await execute();
    }

    private async ValueTask<ExecutionResult> RunAsync(Key key, TaskCompletionSource<ExecutionResult> mine, Func<ValueTask<ExecutionResult>> execute)
    {
        try
        {
            var result = await execute();
            if (!Shareable(result))
            {
                entries.TryRemove(new KeyValuePair<Key, Task<ExecutionResult>>(key, mine.Task));
            }

            mine.SetResult(result);
            return result;
        }
        catch (Exception exception)
        {
            entries.TryRemove(new KeyValuePair<Key, Task<ExecutionResult>>(key, mine.Task));
            mine.SetException(exception);
            throw;
        }
    }

    private static bool Shareable(ExecutionResult result) => result.Executed && result.Errors is not { Count: > 0 };

    private void Remember(Key key)
    {
        order.Enqueue(key);
        while (order.Count > Capacity && order.TryDequeue(out var oldest))
        {
            entries.TryRemove(oldest, out _);
        }
    }

    private readonly record struct Key(object Event, string Operation, Role? Role);
}
