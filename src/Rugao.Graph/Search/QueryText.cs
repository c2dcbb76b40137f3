using System.Globalization;
using System.Text;

namespace Rugao.Graph.Search;

/// <summary>
/// The search text as typed, normalised (full-width folded, lower case, spaces collapsed) and split into the terms
/// the highlighter looks for: each Chinese run as overlapping bigrams (a single character alone), each run of Latin
/// letters or digits whole.
/// </summary>
public sealed class QueryText
{
    private QueryText(string normalized, IReadOnlyList<string> terms)
    {
        Normalized = normalized;
        Terms = terms;
    }

    public string Normalized { get; }

    public IReadOnlyList<string> Terms { get; }

    public static QueryText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = string.Join(' ', Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var terms = new List<string>();
        foreach (var run in Runs(normalized))
        {
            if (IsHan(run[0]) && run.Length > 1)
            {
                for (var i = 0; i + 1 < run.Length; i++)
                {
                    terms.Add(run.Substring(i, 2));
                }
            }
            else
            {
                terms.Add(run);
            }
        }

        return new QueryText(normalized, terms.Distinct(StringComparer.Ordinal).ToList());
    }

    public static string Normalize(string text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLowerInvariant().Trim();

    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Maximal runs of Chinese characters, or of letters, digits and dots; everything else separates.</summary>
    private static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        var han = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var kind = IsHan(c) ? 1 : char.IsLetterOrDigit(c) || (c == '.' && start >= 0 && !han) ? 2 : 0;
            if (start >= 0 && (kind == 0 || (kind == 1) != han))
            {
                yield return text[start..i].TrimEnd('.');
                start = -1;
            }

            if (start < 0 && kind != 0 && char.GetUnicodeCategory(c) != UnicodeCategory.OtherPunctuation)
            {
                start = i;
                han = kind == 1;
            }
        }
    }
}
