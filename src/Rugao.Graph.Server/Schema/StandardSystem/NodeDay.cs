namespace Rugao.Graph.Server.Schema.StandardSystem;

public readonly record struct NodeDay(int NodeId, DateOnly Day);
