using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Rugao.Graph.Server.Transports.Http;

/// <summary>
/// Picks the response media type from the Accept header (GraphQL over HTTP §Body, RFC 9110 §12.5.1):
/// the supported type with the highest quality wins, ranked by the most specific range that covers it, and
/// a range naming a charset other than UTF-8 covers nothing. Returns null when nothing is acceptable (406).
/// </summary>
internal static class AcceptNegotiator
{
    public static ResponseMediaType? Choose(StringValues acceptHeader)
    {
        // A missing Accept, or one offering only wildcards, gets application/json: the graphql-http audits
        // (80D8, 47DE) expect it, and a client that names no GraphQL type is most likely a legacy one.
        if (StringValues.IsNullOrEmpty(acceptHeader) || string.IsNullOrWhiteSpace(acceptHeader.ToString()))
        {
            return ResponseMediaType.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var ranges))
        {
            return null;
        }

        var modern = Rank(ranges, "application", "graphql-response+json");
        var legacy = Rank(ranges, "application", "json");
        if (modern is null && legacy is null)
        {
            return null;
        }

        if (modern is null)
        {
            return ResponseMediaType.Json;
        }

        if (legacy is null)
        {
            return ResponseMediaType.GraphQLResponseJson;
        }

        var order = modern.Value.CompareTo(legacy.Value);
        return order > 0 || (order == 0 && modern.Value.Exact)
            ? ResponseMediaType.GraphQLResponseJson
            : ResponseMediaType.Json;
    }

    private static Preference? Rank(IList<MediaTypeHeaderValue> ranges, string type, string subType)
    {
        Preference? mostSpecific = null;
        foreach (var range in ranges)
        {
            if (!Covers(range, type, subType))
            {
                continue;
            }

            var specificity = range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2;
            if (mostSpecific is null || specificity > mostSpecific.Value.Specificity)
            {
                mostSpecific = new Preference(range.Quality ?? 1.0, specificity);
            }
        }
        return mostSpecific is { Quality: > 0 } ? mostSpecific : null;
    }

    private static bool Covers(MediaTypeHeaderValue range, string type, string subType) =>
        IsUtf8OrUnspecified(range.Charset)
        && (range.MatchesAllTypes
            || (range.Type.Equals(type, StringComparison.OrdinalIgnoreCase)
                && (range.MatchesAllSubTypes || range.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase))));

    internal static bool IsUtf8OrUnspecified(StringSegment charset) =>
        StringSegment.IsNullOrEmpty(charset)
        || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private readonly record struct Preference(double Quality, int Specificity) : IComparable<Preference>
    {
        public bool Exact => Specificity == 2;

        public int CompareTo(Preference other) =>
            Quality != other.Quality ? Quality.CompareTo(other.Quality) : Specificity.CompareTo(other.Specificity);
    }
}
