namespace Rugao.Graph.Clauses;

internal static class ClauseOutlineMessages
{
    public static string KindRequired() =>
        "未编号的条目须注明类型（段、列项、注或表）。An unnumbered entry needs a kind: Paragraph, ListItem, Note or Table.";

    public static string NumberRequired(ClauseKind kind) =>
        $"{Chinese(kind)}须有编号。{Capitalised(WithArticle(kind))} needs a number.";

    public static string KindMismatch(ClauseNumber number, ClauseKind given) =>
        $"编号“{number}”是{Chinese(number.DefaultKind)}的编号，不能标为{Chinese(given)}。" +
        $"Number '{number}' belongs to {WithArticle(number.DefaultKind)}, not {WithArticle(given)}.";

    public static string Orphan(ClauseKind? kind) =>
        $"此{(kind is { } k ? Chinese(k) : "条目")}之前没有带编号的章、条或附录。" +
        $"This {(kind is { } e ? English(e) : "entry")} comes before any numbered chapter, clause or appendix.";

    public static string Duplicate(ClauseNumber number) =>
        $"条款编号“{number}”重复。Clause number '{number}' appears more than once.";

    public static string ParentMissing(ClauseNumber number, ClauseNumber parent) =>
        $"条款“{number}”的上级“{parent}”未在其前出现。The parent '{parent}' of clause '{number}' does not appear before it.";

    public static string OutOfOrder(ClauseNumber number, ClauseNumber previous) =>
        $"条款“{number}”不应排在“{previous}”之后。Clause '{number}' comes after '{previous}'; numbers must follow document order.";

    private static string Chinese(ClauseKind kind) => kind switch
    {
        ClauseKind.Chapter => "章",
        ClauseKind.Clause => "条",
        ClauseKind.Paragraph => "段",
        ClauseKind.ListItem => "列项",
        ClauseKind.Note => "注",
        ClauseKind.Table => "表",
        ClauseKind.Appendix => "附录",
        _ => kind.ToString(),
    };

    private static string WithArticle(ClauseKind kind) => kind == ClauseKind.Appendix ? "an appendix" : $"a {English(kind)}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string English(ClauseKind kind) => kind switch
    {
        ClauseKind.ListItem => "list item",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
