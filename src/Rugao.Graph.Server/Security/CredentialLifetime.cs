using System.Globalization;
using System.Security.Claims;

namespace Rugao.Graph.Server.Security;

/// <summary>
/// How long an authenticated caller stays authenticated, for connections that outlive the request that checked the
/// credential (WebSockets, SSE streams): a JWT ends at its <c>exp</c>; an API key lasts until it is revoked.
/// </summary>
public static class CredentialLifetime
{
    // Timers take at most about 49 days; a longer lifetime is waited in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    /// <summary>The token's <c>exp</c> (RFC 7519 §4.1.4); null for API keys and anonymous callers.</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal user) =>
        user?.Identity?.IsAuthenticated == true
        && long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Whether the caller presented an API key, which a revocation ends at any time.</summary>
    public static bool IsApiKey(ClaimsPrincipal user) => user?.HasClaim(ApiKeyAuthenticationHandler.MethodClaim, ApiKeyAuthenticationHandler.Method) == true;

    /// <summary>Completes when <paramref name="expiresAt"/> has passed on <paramref name="time"/>.</summary>
    public static async Task WaitUntilAsync(DateTimeOffset expiresAt, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        while (expiresAt - time.GetUtcNow() is var left && left > TimeSpan.Zero)
        {
            await Task.Delay(left < LongestWait ? left : LongestWait, time, cancellationToken);
        }
    }
}
