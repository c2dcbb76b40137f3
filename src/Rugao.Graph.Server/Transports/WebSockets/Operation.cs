namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// One running operation of a connection, under its client-chosen id. Once stopped (by the client's
/// <c>complete</c>, by the server finishing it, or by the socket closing) nothing more is sent for it.
/// </summary>
internal sealed class Operation(string id, CancellationToken connection) : IDisposable
{
    private readonly CancellationTokenSource cancellation = CancellationTokenSource.CreateLinkedTokenSource(connection);
    private readonly Lock gate = new();
    private bool stopped;

    public string Id { get; } = id;

    public CancellationToken Token => cancellation.Token;

    /// <summary>Runs <paramref name="send"/> unless the operation has stopped, so a result never follows a stop.</summary>
    public bool TrySend<TState>(Func<TState, bool> send, TState state)
    {
        lock (gate)
        {
            return !stopped && send(state);
        }
    }

    /// <summary>Stops the operation; true only for the first caller, who may then send its final message.</summary>
    public bool Stop()
    {
        lock (gate)
        {
            if (stopped)
            {
                return false;
            }

            stopped = true;
        }
        cancellation.Cancel();
        return true;
    }

    public void Dispose() => cancellation.Dispose();
}
