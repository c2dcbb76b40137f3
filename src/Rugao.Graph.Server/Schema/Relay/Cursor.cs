using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Rugao.Graph.Server.Schema.Relay;

/// <summary>Opaque offset cursors (<c>base64url("offset:12")</c>) for connections over a filtered, ordered list.</summary>
public static class Cursor
{
    private const string Prefix = "offset:";

    public static string FromOffset(int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    public static int ToOffset(string cursor, string argument)
    {
        if (cursor.Length <= 64 && Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }

        throw RelayErrors.InvalidCursor(argument);
    }
}
