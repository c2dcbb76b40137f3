using GraphQL;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// Sends one operation's results as they come, in either mode, and says how it ended: normally, with the fault that
/// ended a subscription, or with an <c>UNAUTHENTICATED</c> error when the credential that started it expired or was
/// revoked (<see cref="SseCredential"/>).
/// </summary>
internal static class SseResultPump
{
    /// <param name="credentialLost">Completes with the error to end with once the caller's credential is no longer valid.</param>
    /// <param name="send">Writes one result; its token is <paramref name="writing"/>, so no event is ever cut in half.</param>
    /// <param name="stopping">Ends the reading (the client stopped the operation or left).</param>
    /// <returns>The last error result to send before <c>complete</c>, if any.</returns>
    public static async Task<ExecutionResult?> RunAsync(StreamingOperation operation,
        Func<CancellationToken, Task<ExecutionError>> credentialLost,
        Func<ExecutionResult, CancellationToken, Task> send, CancellationToken writing, CancellationToken stopping)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        ExecutionError? lost = null;
        var watch = WatchAsync();
        try
        {
            await foreach (var result in operation.ReadAllAsync(reading.Token))
            {
                await send(result, writing);
            }

            return operation.Termination;
        }
        catch (OperationCanceledException) when (reading.IsCancellationRequested && !stopping.IsCancellationRequested && lost is not null)
        {
            return new ExecutionResult { Errors = [lost] };
        }
        finally
        {
            await watching.CancelAsync();
            await watch;
        }

        async Task WatchAsync()
        {
            try
            {
                lost = await credentialLost(watching.Token);
                await reading.CancelAsync();
            }
            catch (OperationCanceledException) when (watching.IsCancellationRequested)
            {
                // The operation ended first.
            }
        }
    }
}
