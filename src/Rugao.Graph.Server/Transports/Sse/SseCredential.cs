using System.Security.Claims;
using GraphQL;
using Rugao.Graph.Errors;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// The credential an event stream's operation was started with, watched while it runs: a JWT ends at its
/// <c>exp</c>; an API key is checked again every <see cref="GraphQLSseOptions.CredentialCheckInterval"/>, so a revoked
/// key ends its streams as it ends its WebSockets.
/// </summary>
internal sealed class SseCredential(ClaimsPrincipal user, string? apiKey)
{
    public ClaimsPrincipal User { get; } = user;

    public static SseCredential Of(HttpContext context) =>
        new(context.User, CredentialLifetime.IsApiKey(context.User) ? BearerToken.From(context.Request) : null);

    /// <summary>
    /// Completes with the error to end the operation with once the credential is no longer valid; while it is, runs
    /// until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<ExecutionError> LostAsync(BearerAuthenticator authenticator, TimeProvider time, TimeSpan checkInterval,
        CancellationToken cancellationToken)
    {
        if (CredentialLifetime.ExpiresAt(User) is { } expiresAt)
        {
            await CredentialLifetime.WaitUntilAsync(expiresAt, time, cancellationToken);
            return ErrorCatalog.TokenExpired.ToExecutionError();
        }

        if (apiKey is null)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
        }

        while (true)
        {
            await Task.Delay(checkInterval, time, cancellationToken);
            try
            {
                if ((await authenticator.AuthenticateAsync(apiKey!, cancellationToken)).Failure is not null)
                {
                    return ErrorCatalog.ApiKeyNoLongerValid.ToExecutionError();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The key store could not answer this time: the stream keeps its last verdict until the next check.
            }
        }
    }
}
