using System.Text.Json;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>
/// Finds the credential in a <c>connection_init</c> payload. Browsers cannot set headers on a WebSocket, so the
/// payload carries what HTTP clients send as <c>Authorization</c>: <c>{ "Authorization": "Bearer …" }</c>
/// (also spelled <c>authorization</c>), or the bare token as <c>{ "token": "…" }</c>.
/// </summary>
internal static class ConnectionInitCredentials
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The bearer token, or null when the payload offers none.</summary>
    /// <param name="malformed">True when a credential is offered in an unusable form (refused as forbidden).</param>
    public static string? Find(JsonElement? payload, out bool malformed)
    {
        malformed = false;
        if (payload is not { } found)
        {
            return null;
        }

        foreach (var name in (string[])["Authorization", "authorization"])
        {
            if (!found.TryGetProperty(name, out var header))
            {
                continue;
            }

            var value = header.ValueKind == JsonValueKind.String ? header.GetString()! : "";
            if (value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && value[BearerPrefix.Length..].Trim() is { Length: > 0 } token)
            {
                return token;
            }

            malformed = true;
            return null;
        }

        if (found.TryGetProperty("token", out var bare))
        {
            if (bare.ValueKind == JsonValueKind.String && bare.GetString()!.Trim() is { Length: > 0 } token)
            {
                return token;
            }

            malformed = true;
        }
        return null;
    }
}
