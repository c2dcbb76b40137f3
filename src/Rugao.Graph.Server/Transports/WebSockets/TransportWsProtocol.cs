namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>Names of the graphql-transport-ws protocol (enisdenjo/graphql-ws PROTOCOL.md).</summary>
public static class TransportWsProtocol
{
    public const string SubProtocol = "graphql-transport-ws";

    public const string ConnectionInit = "connection_init";
    public const string ConnectionAck = "connection_ack";
    public const string Ping = "ping";
    public const string Pong = "pong";
    public const string Subscribe = "subscribe";
    public const string Next = "next";
    public const string Error = "error";
    public const string Complete = "complete";
}
