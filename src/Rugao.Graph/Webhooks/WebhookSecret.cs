using System.Security.Cryptography;

namespace Rugao.Graph.Webhooks;

/// <summary>Makes signing keys: <c>whsec_</c> and 256 random bits in hex.</summary>
public static class WebhookSecret
{
    public const string Marker = "whsec_";
    private const int Bytes = 32;

    public static string Create() => Marker + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(Bytes));
}
