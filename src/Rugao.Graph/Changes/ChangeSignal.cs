namespace Rugao.Graph.Changes;

/// <summary>
/// Tells the log's readers in this process that a change may just have been committed, so they need not wait for
/// their next poll. A missed or spurious signal costs only latency: readers always go by the log itself.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>Completes at the next <see cref="Raise"/> after this call.</summary>
    public Task NextAsync() => Volatile.Read(ref next).Task;

    public void Raise() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
