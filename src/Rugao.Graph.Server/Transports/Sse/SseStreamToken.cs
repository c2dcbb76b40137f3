using System.Buffers.Text;
using System.Security.Cryptography;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>
/// The reservation token of graphql-sse's single connection mode (PROTOCOL.md §Making reservations): created by the
/// server, then sent with every request of that connection as a header or, for <c>EventSource</c>, which cannot set
/// headers, as a query parameter.
/// </summary>
internal static class SseStreamToken
{
    public const string HeaderName = "X-GraphQL-Event-Stream-Token";
    public const string QueryName = "token";

    /// <summary>Unguessable: whoever holds it can run operations on the stream and read what they return.</summary>
    public static string Create() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The token the request carries, or null: the request then belongs to distinct connections mode.</summary>
    public static string? From(HttpRequest request)
    {
        var header = request.Headers[HeaderName].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var query = request.Query[QueryName].ToString();
        return query.Length > 0 ? query : null;
    }
}
