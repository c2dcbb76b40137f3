using System.Collections.Concurrent;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// One reserved event stream of single connection mode: the operations started on it, and the open stream their
/// events go to once the client has connected. Operations started before that wait for it, as the protocol allows.
/// Ending the reservation (its stream closed, or it was never opened in time) stops every operation on it.
/// </summary>
#pragma warning disable CA1001 // `ended` has no timer to release; disposing it would race operations still linking to its token.
public sealed class SseReservation(string token, DateTimeOffset openBy)
#pragma warning restore CA1001
{
    private readonly TaskCompletionSource<SseEventWriter> connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource ended = new();
    private int opened;

    public string Token { get; } = token;

    /// <summary>When the reservation lapses unless its stream has been opened.</summary>
    public DateTimeOffset OpenBy { get; } = openBy;

    /// <summary>Cancelled when the reservation ends.</summary>
    public CancellationToken Ended => ended.Token;

    public bool IsOpen => Volatile.Read(ref opened) == 1;

    /// <summary>Claims the reservation for a stream; false when a stream already holds it (§only one SSE connection).</summary>
    public bool TryOpen() => Interlocked.Exchange(ref opened, 1) == 0;

    /// <summary>The stream is ready: operations may write to it.</summary>
    internal void Connect(SseEventWriter events) => connected.TrySetResult(events);

    /// <summary>The open stream, once there is one.</summary>
    internal Task<SseEventWriter> StreamAsync(CancellationToken cancellationToken) => connected.Task.WaitAsync(cancellationToken);

    /// <summary>Registers an operation under its ID; null when that ID is running already.</summary>
    public CancellationTokenSource? TryStart(string operationId)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
        if (operations.TryAdd(operationId, stop))
        {
            return stop;
        }

        stop.Dispose();
        return null;
    }

    /// <summary>Stops an operation (the client's DELETE); nothing happens for an unknown or finished one.</summary>
    public void Stop(string operationId)
    {
        if (operations.TryGetValue(operationId, out var stop))
        {
            stop.Cancel();
        }
    }

    /// <summary>Forgets a finished operation, so its ID may be used again.</summary>
    public void Finished(string operationId, CancellationTokenSource stop)
    {
        operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, stop));
        stop.Dispose();
    }

    public void End() => ended.Cancel();
}
