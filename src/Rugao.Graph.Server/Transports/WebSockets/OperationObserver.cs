using GraphQL;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>Turns a subscription's source stream into <c>next</c> messages for one operation.</summary>
internal sealed class OperationObserver(Operation operation, OutgoingQueue queue, ServerMessages messages)
    : IObserver<ExecutionResult>
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the source ends, fails or the operation stops.</summary>
    public Task Completion => _completion.Task;

    public void OnNext(ExecutionResult value)
    {
        ErrorCodeNormalizer.Normalize(value);
        // A client that cannot keep up gets its socket closed by the queue; the stream then stops with it.
        operation.TrySend(() => queue.TryEnqueue(messages.Next(operation.Id, value)));
    }

    public void OnError(Exception error) => _completion.TrySetException(error);

    public void OnCompleted() => _completion.TrySetResult();

    public void Stop() => _completion.TrySetResult();
}
