using Rugao.Graph.Errors;

namespace Rugao.Graph.Clauses;

/// <summary>The outline's errors from the catalogue, with the kinds of entries named in both languages.</summary>
internal static class ClauseOutlineMessages
{
    public static ErrorText KindRequired() => ErrorCatalog.ClauseKindRequired.With();

    public static ErrorText NumberRequired(ClauseKind kind) =>
        ErrorCatalog.ClauseNumberRequired.With(Chinese(kind), Capitalised(WithArticle(kind)));

    public static ErrorText KindMismatch(ClauseNumber number, ClauseKind given) =>
        ErrorCatalog.ClauseKindMismatchInOutline.With(number, Chinese(number.DefaultKind), Chinese(given),
            WithArticle(number.DefaultKind), WithArticle(given));

    public static ErrorText Orphan(ClauseKind? kind) =>
        ErrorCatalog.ClauseOrphanInOutline.With(kind is { } k ? Chinese(k) : "条目", kind is { } e ? English(e) : "entry");

    public static ErrorText Duplicate(ClauseNumber number) => ErrorCatalog.ClauseNumberRepeated.With(number);

    public static ErrorText ParentMissing(ClauseNumber number, ClauseNumber parent) =>
        ErrorCatalog.ClauseParentMissingInOutline.With(number, parent);

    public static ErrorText OutOfOrder(ClauseNumber number, ClauseNumber previous) => ErrorCatalog.ClauseOutOfOrder.With(number, previous);

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
