namespace Rugao.Graph.Server.Transports;

/// <summary>The operation types a transport may execute.</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
}
