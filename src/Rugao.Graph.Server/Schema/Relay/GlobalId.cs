using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>Opaque global IDs: <c>base64url("Standard:42")</c>. Clients must not take them apart.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id.ToString(CultureInfo.InvariantCulture)}"));

    public static bool TryDecode(string? globalId, out string typeName, out int id)
    {
        typeName = string.Empty;
        id = 0;
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 100 || !Base64Url.IsValid(globalId))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes an ID that must name <paramref name="typeName"/>; anything else is a coded error.</summary>
    public static int Expect(string? globalId, string typeName, string argument)
    {
        if (TryDecode(globalId, out var actual, out var id) && actual == typeName)
        {
            return id;
        }

        throw RelayErrors.InvalidId(globalId, typeName, argument);
    }
}
