using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Transports.WebSockets;

/// <summary>The seeded server with small WebSocket limits, so tests can cross them cheaply.</summary>
public sealed class WebSocketApi() : SeededApi(new Dictionary<string, string?>
{
    ["GraphQL:WebSockets:ConnectionInitTimeout"] = InitTimeout.ToString(),
    ["GraphQL:WebSockets:PingInterval"] = PingInterval.ToString(),
    ["GraphQL:WebSockets:MaxMessageBytes"] = MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public static readonly TimeSpan InitTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan PingInterval = TimeSpan.FromMinutes(5);
    public const int MaxMessageBytes = 8 * 1024;
}
