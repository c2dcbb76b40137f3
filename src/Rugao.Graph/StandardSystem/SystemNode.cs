namespace Rugao.Graph.StandardSystem;

/// <summary>标准体系节点 — a node of the standard system tree (通用基础 / 服务保障 / 服务提供 and below).</summary>
public sealed class SystemNode
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int? ParentId { get; set; }
    public int Position { get; set; }

    /// <summary>Codes from the root down, joined by '/', so a subtree is one prefix match.</summary>
    public required string Path { get; set; }
}
