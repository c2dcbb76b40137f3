using System.ComponentModel.DataAnnotations;

namespace Rugao.Graph.Server.Transports.Sse;

/// <summary>The SSE transport's limits; bound from the <c>GraphQL:Sse</c> section.</summary>
public sealed class GraphQLSseOptions
{
    public const string SectionName = "GraphQL:Sse";

    /// <summary>
    /// How many single-connection reservations (open streams and those not opened yet) this process holds at once. A
    /// reservation is one anonymous PUT away, so without a ceiling a client could fill memory with tokens.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxReservations { get; set; } = 10_000;

    /// <summary>
    /// How often a stream opened with an API key checks that the key is still valid (one indexed lookup), so a
    /// revoked key ends its streams; the WebSocket transport checks at each ping.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CredentialCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}
