using Microsoft.AspNetCore.Authentication;

namespace Rugao.Graph.Server.Security;

/// <summary>
/// Authenticates a bearer credential that did not arrive in an <c>Authorization</c> header (a WebSocket's
/// <c>connection_init</c> payload) through the same registered schemes as HTTP requests, so API keys and JWTs are
/// checked in exactly one place.
/// </summary>
public sealed class BearerAuthenticator(IServiceScopeFactory scopes)
{
    public async Task<AuthenticateResult> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        // A scope of its own: handlers and their cached results belong to one request, and this is a new one.
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
        context.Request.Headers.Authorization = "Bearer " + token;
        return await context.AuthenticateAsync();
    }
}
