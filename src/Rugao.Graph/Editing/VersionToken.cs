using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Rugao.Graph.Editing;

/// <summary>
/// The opaque optimistic-concurrency token of a row: its key and revision, so a token of one standard never passes
/// for another's.
/// </summary>
public static class VersionToken
{
    public static string Of(string kind, int id, int revision) => Base64Url.EncodeToString(
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{kind}:{id}:{revision}")));

    public static bool Matches(string? token, string kind, int id, int revision) =>
        token is not null && string.Equals(token.Trim(), Of(kind, id, revision), StringComparison.Ordinal);
}
