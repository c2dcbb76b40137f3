using System.Security.Claims;
using Rugao.Graph.Server.Security;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// A socket outlives the check of its credential: it is closed with 4403 when a JWT expires, and an API key is
/// checked again at every ping, so a revoked key ends its sockets too. graphql-ws retries after 4403 (not after
/// 4401), running <c>connectionParams</c> again, so a client that refreshes its token there reconnects by itself.
/// </summary>
internal sealed partial class GraphQLWebSocketConnection
{
    private void WatchCredential(ClaimsPrincipal user)
    {
        if (CredentialLifetime.ExpiresAt(user) is { } expiresAt)
        {
            _ = CloseWhenExpiredAsync(expiresAt);
        }

        if (credential is not null && CredentialLifetime.IsApiKey(user))
        {
            apiKey = credential;
        }
    }

    private async Task CloseWhenExpiredAsync(DateTimeOffset expiresAt)
    {
        try
        {
            await CredentialLifetime.WaitUntilAsync(expiresAt, services.Time, aborted.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        Close(CloseCodes.CredentialExpired);
    }

    private async Task CloseUnlessKeyValidAsync(string key)
    {
        try
        {
            var result = await services.Authenticator.AuthenticateAsync(key, aborted.Token);
            if (result.Failure is not null)
            {
                Close(CloseCodes.CredentialRevoked);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The key store could not answer this time: the socket keeps its last verdict until the next ping.
            services.Logger.LogWarning(exception, "Checking a WebSocket's API key again failed");
        }
    }
}
