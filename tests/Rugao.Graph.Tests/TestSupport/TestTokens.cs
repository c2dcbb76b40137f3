using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Bearer tokens that <see cref="SeededApi"/> and <see cref="ServerProcess"/> servers accept, without writing a key.</summary>
public static class TestTokens
{
    /// <param name="expires">When it expires (whole seconds count); an hour from now by default.</param>
    public static string For(string role, string subject = "tester", DateTimeOffset? expires = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = SeededApi.JwtIssuer,
        Audience = SeededApi.JwtAudience,
        Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role)]),
        Expires = (expires ?? DateTimeOffset.UtcNow.AddHours(1)).UtcDateTime,
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(SeededApi.JwtSigningKey)), SecurityAlgorithms.HmacSha256),
    });
}
