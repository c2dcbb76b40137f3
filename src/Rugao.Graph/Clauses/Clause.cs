namespace Rugao.Graph.Clauses;

/// <summary>条款 — one entry of a version's clause tree.</summary>
public sealed class Clause
{
    public int Id { get; set; }
    public int VersionId { get; set; }

    /// <summary>The clause's identity across versions: it survives renumbering.</summary>
    public Guid Lineage { get; set; }

    /// <summary><c>5.2.1</c>, <c>A.1</c>; null for paragraphs, list items, notes and tables.</summary>
    public string? Number { get; set; }

    public string? Heading { get; set; }
    public string? Text { get; set; }
    public ClauseKind Kind { get; set; }
    public bool Normative { get; set; }
    public bool Mandatory { get; set; }
    public int? ParentId { get; set; }
    public Clause? Parent { get; set; }

    /// <summary>Document order within the version, from 0.</summary>
    public int Position { get; set; }

    /// <summary>1 for a chapter or appendix.</summary>
    public int Depth { get; set; }

    /// <summary>Numbers of the numbered ancestors and itself, e.g. <c>5 › 5.2 › 5.2.1</c>.</summary>
    public required string Path { get; set; }
}
