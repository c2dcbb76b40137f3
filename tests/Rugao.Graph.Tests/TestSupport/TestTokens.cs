using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Bearer tokens that <see cref="SeededApi"/> and <see cref="ServerProcess"/> servers accept, without writing a key.</summary>
public static class TestTokens
{
    /// <param name="expires">When it expires (whole seconds count); an hour from now by default.</param>
    /// <param name="signingKey">The key it is signed with; the servers' own by default.</param>
    public static string For(string role, string subject = "tester", DateTimeOffset? expires = null, string? signingKey = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = SeededApi.JwtIssuer,
        Audience = SeededApi.JwtAudience,
        Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
        Expires = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime,
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey ?? SeededApi.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>
    /// An editor's JWT that expires ten minutes from now on <paramref name="serverClock"/>. The token handler checks
    /// <c>exp</c> on the real clock while the server's timers run on its fake one, so that one is first brought up to
    /// real time: call this before opening the connection that should not see the jump.
    /// </summary>
    public static (string Token, DateTimeOffset Expires) ExpiringSoon(FakeTimeProvider serverClock)
    {
        ArgumentNullException.ThrowIfNull(serverClock);
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        if (serverClock.GetUtcNow() < now)
        {
            serverClock.SetUtcNow(now);
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds((serverClock.GetUtcNow() + TimeSpan.FromMinutes(10)).ToUnixTimeSeconds());
        return (For("editor", expires: expires), expires);
    }
}
