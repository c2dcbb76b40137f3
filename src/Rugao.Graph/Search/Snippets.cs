namespace Rugao.Graph.Search;

/// <summary>
/// Cuts the part of a text around its first match and marks where the query's terms occur, as offsets: both engines
/// use it, so they highlight identically and no HTML ever leaves the API.
/// </summary>
public static class Snippets
{
    public const int DefaultLength = 120;
    private const int Lead = 20;
    private const char Ellipsis = '…';

    public static (string Snippet, IReadOnlyList<HighlightSpan> Highlights) Build(
        string text, IReadOnlyList<string> terms, int maxLength = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var matches = Matches(text.ToLowerInvariant(), terms);
        var start = text.Length <= maxLength || matches.Count == 0 ? 0 : Math.Clamp(matches[0].Start - Lead, 0, text.Length - maxLength);
        var end = Math.Min(text.Length, start + maxLength);
        var prefix = start > 0 ? 1 : 0;
        var snippet = (prefix == 1 ? Ellipsis.ToString() : string.Empty) + text[start..end] + (end < text.Length ? Ellipsis.ToString() : string.Empty);
        var spans = matches
            .Where(m => m.Start >= start && m.Start + m.Length <= end)
            .Select(m => new HighlightSpan(m.Start - start + prefix, m.Length))
            .ToList();
        return (snippet, spans);
    }

    /// <summary>Every occurrence of every term, overlapping and touching ones merged, in text order.</summary>
    private static List<HighlightSpan> Matches(string lowered, IReadOnlyList<string> terms)
    {
        var covered = new bool[lowered.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = lowered.IndexOf(term, StringComparison.Ordinal); at >= 0; at = lowered.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                Array.Fill(covered, true, at, term.Length);
            }
        }

        var spans = new List<HighlightSpan>();
        for (var i = 0; i < covered.Length; i++)
        {
            if (covered[i] && (i == 0 || !covered[i - 1]))
            {
                var length = 1;
                while (i + length < covered.Length && covered[i + length])
                {
                    length++;
                }

                spans.Add(new HighlightSpan(i, length));
            }
        }

        return spans;
    }
}
