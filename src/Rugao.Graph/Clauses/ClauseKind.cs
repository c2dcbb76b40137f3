namespace Rugao.Graph.Clauses;

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
