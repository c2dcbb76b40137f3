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
}
