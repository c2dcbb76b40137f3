using System.Runtime.CompilerServices;
using System.Threading.Channels;
using GraphQL;

namespace Rugao.Graph.Server.Transports.Subscriptions;

/// <summary>
/// One operation run for a streaming transport (WebSocket, SSE), from
/// <see cref="GraphQLRequestExecutor.SubscribeAsync"/>:
/// <list type="bullet">
/// <item><see cref="Rejection"/> is set when the operation failed before producing any result (parse, validation,
/// limits, operation type refused, or the subscribe step itself, e.g. a bad cursor); send it as the protocol's
/// error and stop.</item>
/// <item>Otherwise <see cref="ReadAllAsync"/> yields its results in order: exactly one for a query or mutation, one
/// per event for a subscription, ending when the operation is complete. Asking for the next result is what lets
/// the source produce more (<see cref="SubscriptionPacing"/>).</item>
/// <item>After the results end, <see cref="Termination"/> is set when a fault ended a subscription (e.g.
/// <c>SUBSCRIBER_TOO_SLOW</c>, with the cursor to resume from); it is null for a normal end.</item>
/// </list>
/// Dispose to unsubscribe (client's "complete", connection closed); it is safe at any time and more than once.
/// </summary>
public sealed class StreamingOperation : IAsyncDisposable
{
    private readonly Channel<ExecutionResult> results = Channel.CreateUnbounded<ExecutionResult>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly SubscriptionPacing? pacing;
    private IDisposable? subscription;
    private int disposed;

    private StreamingOperation(ExecutionResult? rejection, SubscriptionPacing? pacing)
    {
        Rejection = rejection;
        this.pacing = pacing;
    }

    public ExecutionResult? Rejection { get; }

    public ExecutionResult? Termination { get; private set; }

    /// <summary>Yields the results; read it once.</summary>
    public async IAsyncEnumerable<ExecutionResult> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await results.Reader.WaitToReadAsync(cancellationToken))
        {
            while (results.Reader.TryRead(out var result))
            {
                yield return result;
                if (Volatile.Read(ref disposed) == 0)
                {
                    pacing?.Release();
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Interlocked.Exchange(ref subscription, null)?.Dispose();
            results.Writer.TryComplete();
            pacing?.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    internal static StreamingOperation Rejected(ExecutionResult result)
    {
        var operation = new StreamingOperation(result, null);
        operation.results.Writer.TryComplete();
        return operation;
    }

    internal static StreamingOperation Single(ExecutionResult result)
    {
        var stream = new StreamingOperation(null, null);
        stream.results.Writer.TryWrite(result);
        stream.results.Writer.TryComplete();
        return stream;
    }

    internal static StreamingOperation Of(IObservable<ExecutionResult> source, SubscriptionPacing pacing)
    {
        var stream = new StreamingOperation(null, pacing);
        var observer = new Observer(stream);
        stream.subscription = source.Subscribe(observer);
        if (Volatile.Read(ref stream.disposed) == 1)
        {
            Interlocked.Exchange(ref stream.subscription, null)?.Dispose();
        }

        return stream;
    }

    private sealed class Observer(StreamingOperation stream) : IObserver<ExecutionResult>
    {
        public void OnNext(ExecutionResult value)
        {
            ErrorCodeNormalizer.Normalize(value);
            stream.results.Writer.TryWrite(value);
        }

        public void OnError(Exception error)
        {
            var ended = new ExecutionResult
            {
                Errors = [error as ExecutionError ?? new ExecutionError("The subscription failed.", error)],
            };
            ErrorCodeNormalizer.Normalize(ended);
            stream.Termination = ended;
            stream.results.Writer.TryComplete();
        }

        public void OnCompleted() => stream.results.Writer.TryComplete();
    }
}
