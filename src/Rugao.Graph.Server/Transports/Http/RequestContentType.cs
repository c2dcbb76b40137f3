using Microsoft.Net.Http.Headers;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>
/// GraphQL over HTTP §POST: a server MUST accept application/json in UTF-8 and assume UTF-8 when no charset
/// is given. Anything else, including a missing Content-Type, is refused with 415.
/// </summary>
internal static class RequestContentType
{
    public static bool IsJsonUtf8(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(ResponseMediaTypeExtensions.JsonName, StringComparison.OrdinalIgnoreCase)
        && AcceptNegotiator.IsUtf8OrUnspecified(mediaType.Charset);
}
