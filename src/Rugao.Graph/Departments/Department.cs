namespace Rugao.Graph.Departments;

/// <summary>部门 — a body that is responsible for standards or delivers services.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public required string Jurisdiction { get; set; }
    public int Position { get; set; }
}
