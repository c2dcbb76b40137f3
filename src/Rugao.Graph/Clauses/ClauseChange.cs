namespace Rugao.Graph.Clauses;

/// <summary>A clause present in both versions that differs between them.</summary>
/// <param name="Renumbered">The number changed (the clause moved, e.g. 4.4 → 5.5).</param>
/// <param name="Substantive">False when only spaces, punctuation or character widths changed, or only the number.</param>
public sealed record ClauseChange(
    Clause Before,
    Clause After,
    bool Renumbered,
    bool Substantive,
    IReadOnlyList<DiffSegment> Heading,
    IReadOnlyList<DiffSegment> Text)
{
    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>; null when they are the same.</summary>
    public static ClauseChange? Between(Clause before, Clause after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!Differ(before, after))
        {
            return null;
        }

        return new ClauseChange(before, after,
            Renumbered: before.Number != after.Number,
            Substantive: IsSubstantive(before, after),
            TextDiff.Segments(before.Heading, after.Heading),
            TextDiff.Segments(before.Text, after.Text));
    }

    /// <summary>Whether anything a reader sees differs: number, heading, text, layer, or normative or mandatory force.</summary>
    public static bool Differ(Clause before, Clause after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Number != after.Number || before.Heading != after.Heading || before.Text != after.Text
               || before.Kind != after.Kind || before.Normative != after.Normative || before.Mandatory != after.Mandatory;
    }

    /// <summary>Whether the requirement itself changed: wording, layer or force; renumbering alone is not.</summary>
    public static bool IsSubstantive(Clause before, Clause after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return TextDiff.DiffersInSubstance(before.Heading, after.Heading) || TextDiff.DiffersInSubstance(before.Text, after.Text)
               || before.Kind != after.Kind || before.Normative != after.Normative || before.Mandatory != after.Mandatory;
    }
}
