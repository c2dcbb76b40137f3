using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Access;

/// <summary>
/// Creates, checks and revokes API keys. A key reads <c>rgk_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix finds the row,
/// the secret (256 random bits) is compared by hash in constant time. Random secrets that long need no slow hash.
/// </summary>
public sealed class ApiKeyStore(IDbContextFactory<RugaoDbContext> contexts, TimeProvider time)
{
    public const string Marker = "rgk_";
    private const int PrefixBytes = 6;
    private const int SecretBytes = 32;

    public static bool LooksLikeKey(string? token) => token?.StartsWith(Marker, StringComparison.Ordinal) == true;

    /// <summary>Creates a key and returns it with its one-time plain text.</summary>
    public async Task<(ApiKey Key, string PlainText)> CreateAsync(string name, Role role, string createdBy,
        CancellationToken cancellationToken)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixBytes));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
        var key = new ApiKey
        {
            Name = name, Role = role, Prefix = prefix, SecretHash = Hash(secret), CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, $"{Marker}{prefix}_{secret}");
    }

    /// <summary>The live key the presented text belongs to, or null for anything else.</summary>
    public async Task<ApiKey?> VerifyAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var parts = presented.Split('_');
        if (!LooksLikeKey(presented) || parts.Length != 3 || parts[1].Length != PrefixBytes * 2 || parts[2].Length != SecretBytes * 2)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Prefix == parts[1], cancellationToken);
        var matches = key is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(key.SecretHash), Encoding.ASCII.GetBytes(Hash(parts[2])));
        return matches && !key!.IsRevoked ? key : null;
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsTracking().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.IsRevoked)
        {
            return false;
        }

        key.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
