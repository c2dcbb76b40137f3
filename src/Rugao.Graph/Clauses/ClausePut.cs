using Rugao.Graph.Editing;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Clauses;

/// <summary>
/// Adds a numbered clause to a clause tree, or replaces the content of the one with that number, with the GB/T 1.1
/// checks (kind matches the number, chapters have headings, the parent exists). Drafts and amendments share it.
/// </summary>
internal static class ClausePut
{
    /// <summary>The row put, or null with <paramref name="errors"/> (paths relative to the put) when it cannot be.</summary>
    public static Clause? Apply(DraftClauseTree tree, ClauseNumber number, ClauseContent content, List<UserError> errors)
    {
        if (content.Kind is { } kind && kind != number.DefaultKind)
        {
            errors.Add(ErrorCatalog.ClauseKindMismatch.With(number, number.DefaultKind, kind).At("kind"));
        }

        var existing = tree.Find(number);
        var heading = content.Heading ?? existing?.Row!.Heading;
        if (number.Depth == 1 && string.IsNullOrWhiteSpace(heading))
        {
            errors.Add(ErrorCatalog.ClauseHeadingRequired.At("heading"));
        }

        EditLimits.CheckText(errors, content.Heading, EditLimits.ShortText, required: false, "heading");
        EditLimits.CheckText(errors, content.Text, EditLimits.LongText, required: false, "text");
        var parent = existing?.Parent ?? tree.ParentFor(number);
        if (parent is null)
        {
            errors.Add(ErrorCatalog.ClauseParentMissing.With(number, number.Parent).At("number"));
        }

        if (errors.Count > 0 || parent is null)
        {
            return null;
        }

        var row = existing?.Row ?? new Clause { Lineage = Guid.NewGuid(), Path = number.ToString() };
        row.Heading = content.Heading is null ? row.Heading : Blank(content.Heading);
        row.Text = content.Text is null ? row.Text : Blank(content.Text);
        row.Normative = content.Normative ?? (existing is null ? parent.Row?.Normative ?? true : row.Normative);
        row.Mandatory = content.Mandatory ?? row.Mandatory;
        if (existing is null)
        {
            DraftClauseTree.Insert(parent, DraftClauseTree.NewNode(row, number));
        }

        return row;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
