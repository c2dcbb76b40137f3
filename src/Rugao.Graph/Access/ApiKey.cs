namespace Rugao.Graph.Access;

/// <summary>
/// An API key. Only a hash of its secret is stored; the key itself is shown once, when it is created.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public Role Role { get; set; }

    /// <summary>The public part of the key, used to find it without scanning every hash.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the secret part, hex.</summary>
    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsRevoked => RevokedAt is not null;
}
