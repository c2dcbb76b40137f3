namespace Rugao.Graph.Server.Security;

/// <summary>
/// Configuration section <c>Security:Jwt</c>: tokens from the government's single sign-on. Off until a signing key
/// is set. The token's <c>role</c> claim holds <c>EDITOR</c>, <c>PUBLISHER</c> or <c>ADMIN</c>.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Security:Jwt";

    public string? Issuer { get; set; }
    public string? Audience { get; set; }

    /// <summary>Symmetric signing key (HS256), at least 32 bytes.</summary>
    public string? SigningKey { get; set; }

    public bool Enabled => !string.IsNullOrEmpty(SigningKey);
}
