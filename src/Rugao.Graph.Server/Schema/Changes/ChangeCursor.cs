using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Rugao.Graph.Server.Schema.Relay;

namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>Opaque cursors into the change log (<c>base64url("change:42")</c>), shared by the feed and the subscription.</summary>
public static class ChangeCursor
{
    private const string Prefix = "change:";

    public static string Encode(long sequence) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + sequence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The sequence a cursor names; null stays null (from the start); anything else is INVALID_CURSOR.</summary>
    public static long Decode(string? cursor, string argument)
    {
        if (cursor is null)
        {
            return 0;
        }

        if (cursor.Length <= 64 && Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }

        throw RelayErrors.InvalidCursor(argument);
    }
}
