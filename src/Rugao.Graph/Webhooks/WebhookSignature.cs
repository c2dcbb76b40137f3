using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// The <c>X-Rugao-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"&gt;</c>. The timestamp is
/// signed with the body so a captured request cannot be replayed later with a fresh time.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Rugao-Signature";

    public static string Create(string secret, long unixSeconds, ReadOnlySpan<byte> body) =>
        string.Create(CultureInfo.InvariantCulture, $"t={unixSeconds},v1={Compute(secret, unixSeconds, body)}");

    /// <summary>The receiver's check: the header parses and its v1 equals the HMAC of its own timestamp and the body.</summary>
    public static bool Verify(string secret, string? header, ReadOnlySpan<byte> body, out long unixSeconds)
    {
        unixSeconds = 0;
        string? signature = null;
        foreach (var part in (header ?? "").Split(','))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                return false;
            }

            if (pair[0] == "t" && !long.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out unixSeconds))
            {
                return false;
            }

            if (pair[0] == "v1")
            {
                signature = pair[1];
            }
        }

        return signature is not null && unixSeconds > 0 && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(signature), Encoding.ASCII.GetBytes(Compute(secret, unixSeconds, body)));
    }

    private static string Compute(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
