namespace Rugao.Graph.Server.Transports;

/// <summary>What a transport lets a request do, and the name used to explain a refusal.</summary>
/// <param name="Transport">Shown to clients, e.g. "HTTP GET".</param>
/// <param name="Allowed">Operation types that may run over this transport.</param>
public sealed record OperationPolicy(string Transport, AllowedOperations Allowed);
