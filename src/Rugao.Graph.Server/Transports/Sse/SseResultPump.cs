using System.Security.Claims;
using GraphQL;
using Rugao.Graph.Server.Security;
using Rugao.Graph.Server.Transports.Subscriptions;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// Sends one operation's results as they come, in either mode, and says how it ended: normally, with the fault that
/// ended a subscription, or with an <c>UNAUTHENTICATED</c> error when the JWT that started it expired.
/// </summary>
internal static class SseResultPump
{
    /// <param name="send">Writes one result; its token is <paramref name="writing"/>, so no event is ever cut in half.</param>
    /// <param name="stopping">Ends the reading (the client stopped the operation or left).</param>
    /// <returns>The last error result to send before <c>complete</c>, if any.</returns>
    public static async Task<ExecutionResult?> RunAsync(StreamingOperation operation, ClaimsPrincipal user, TimeProvider time,
        Func<ExecutionResult, CancellationToken, Task> send, CancellationToken writing, CancellationToken stopping)
    {
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var expiry = CancelAtExpiryAsync(user, time, reading, watching.Token);
        try
        {
            await foreach (var result in operation.ReadAllAsync(reading.Token).ConfigureAwait(false))
            {
                await send(result, writing).ConfigureAwait(false);
            }

            return operation.Termination;
        }
        catch (OperationCanceledException) when (reading.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            return CredentialExpired;
        }
        finally
        {
            await watching.CancelAsync().ConfigureAwait(false);
            await expiry.ConfigureAwait(false);
        }
    }

    private static ExecutionResult CredentialExpired => new()
    {
        Errors =
        [
            new ExecutionError("The token has expired; subscribe again with a new one. 令牌已过期，请换新令牌重新订阅。")
            {
                Code = GraphQLErrorCodes.Unauthenticated,
            },
        ],
    };

    private static async Task CancelAtExpiryAsync(ClaimsPrincipal user, TimeProvider time, CancellationTokenSource reading,
        CancellationToken cancellationToken)
    {
        if (CredentialLifetime.ExpiresAt(user) is not { } expiresAt)
        {
            return;
        }

        try
        {
            await CredentialLifetime.WaitUntilAsync(expiresAt, time, cancellationToken).ConfigureAwait(false);
            await reading.CancelAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The operation ended first.
        }
    }
}
