namespace Rugao.Graph.Clauses;

/// <summary>条款类型 — the GB/T 1.1-2020 layer a clause entry belongs to.</summary>
public enum ClauseKind
{
    Chapter,
    Clause,
    Paragraph,
    ListItem,
    Note,
    Table,
    Appendix,
}
