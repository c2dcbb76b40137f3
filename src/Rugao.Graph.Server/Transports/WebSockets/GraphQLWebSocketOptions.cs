using System.ComponentModel.DataAnnotations;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>The WebSocket transport's limits and timings; bound from the <c>GraphQL:WebSockets</c> section.</summary>
public sealed class GraphQLWebSocketOptions
{
    public const string SectionName = "GraphQL:WebSockets";

    /// <summary>
    /// How long a socket may stay open without <c>connection_init</c> before it is closed with 4408. Longer than the
    /// reference server's 3 s because the mini-program often connects over a slow mobile network.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server sends a protocol <c>ping</c> to an acknowledged client; zero turns it off.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the server waits for the client's half of a closing handshake before dropping the socket.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest message accepted from a client, in bytes; a larger one closes the socket with 4400.</summary>
    [Range(64, int.MaxValue)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Messages waiting to be sent to one client. A client that falls this far behind is disconnected (1013) so it
    /// cannot hold memory or delay anyone else; it reconnects and resumes from its last cursor.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SendQueueCapacity { get; set; } = 1_000;

    /// <summary>Operations (queries, mutations, subscriptions) one connection may have running at once.</summary>
    [Range(1, 10_000)]
    public int MaxOperationsPerConnection { get; set; } = 100;
}
