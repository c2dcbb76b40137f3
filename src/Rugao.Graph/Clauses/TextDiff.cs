using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Rugao.Graph.Clauses;

/// <summary>Character-level differences between two texts: Chinese has no spaces, so words are no unit.</summary>
public static class TextDiff
{
    /// <summary>The runs that turn <paramref name="before"/> into <paramref name="after"/>; null reads as empty.</summary>
    public static IReadOnlyList<DiffSegment> Segments(string? before, string? after)
    {
        var older = before ?? string.Empty;
        var newer = after ?? string.Empty;
        var segments = new List<DiffSegment>();
        if (older == newer)
        {
            Add(segments, DiffSegmentKind.Unchanged, older);
            return segments;
        }

        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, CharacterChunker.Instance);
        var oldAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffSegmentKind.Unchanged, Join(result.PiecesOld, oldAt, block.DeleteStartA - oldAt));
            Add(segments, DiffSegmentKind.Deleted, Join(result.PiecesOld, block.DeleteStartA, block.DeleteCountA));
            Add(segments, DiffSegmentKind.Inserted, Join(result.PiecesNew, block.InsertStartB, block.InsertCountB));
            oldAt = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffSegmentKind.Unchanged, Join(result.PiecesOld, oldAt, result.PiecesOld.Count - oldAt));
        return segments;
    }

    /// <summary>
    /// Whether two texts differ in more than layout: spaces, punctuation and full-width against half-width forms
    /// (NFKC folds <c>，</c> into <c>,</c> and <c>５</c> into <c>5</c>) do not count. Percent signs do: 90 is not 90%.
    /// </summary>
    public static bool DiffersInSubstance(string? before, string? after) =>
        !string.Equals(Substance(before), Substance(after), StringComparison.Ordinal);

    private static string Substance(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC);
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || (char.IsPunctuation(c) && c is not ('%' or '‰')))
            {
                continue;
            }

            kept.Append(c);
        }

        return kept.ToString();
    }

    private static string Join(IReadOnlyList<string> pieces, int start, int count) =>
        count <= 0 ? string.Empty : string.Concat(pieces.Skip(start).Take(count));

    private static void Add(List<DiffSegment> segments, DiffSegmentKind kind, string text)
    {
        if (text.Length > 0)
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
