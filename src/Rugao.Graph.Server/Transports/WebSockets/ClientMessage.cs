using System.Text.Json;

namespace Rugao.Graph.Server.Transports.WebSockets;

/// <summary>A message from the client that has the shape PROTOCOL.md gives its type.</summary>
/// <param name="Type">One of the client-to-server types of <see cref="TransportWsProtocol"/>.</param>
/// <param name="Id">The operation id of <c>subscribe</c> and <c>complete</c>; null for the others.</param>
/// <param name="Payload">The payload object, or null when absent or JSON null.</param>
public sealed record ClientMessage(string Type, string? Id, JsonElement? Payload);
