using System.Text;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Importing.Docx;

/// <summary>The patterns a paragraph's text is recognised by; text is NFKC-folded first, so full-width forms match.</summary>
internal static partial class DocxLine
{
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).Trim();

    /// <summary>附录 A / Appendix A / Annex A, then optionally （规范性） and the appendix's title.</summary>
    [GeneratedRegex(@"^(?:附\s*录|Appendix|Annex)\s*([A-Z])(?![A-Za-z])\s*(.*)$", RegexOptions.Singleline)]
    public static partial Regex Appendix();

    /// <summary>（规范性） or （资料性）, alone or at the start of the rest of an appendix line.</summary>
    [GeneratedRegex(@"^\(\s*(规范性|资料性|normative|informative)\s*\)\s*(.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    public static partial Regex Nature();

    /// <summary>A typed clause number (5, 5.2.1, A.1) followed by a space or directly by Chinese text.</summary>
    [GeneratedRegex(@"^((?:[A-Z]|\d{1,3})(?:\.\d{1,3})+|\d{1,3})(?:\s+|(?=[\u4e00-\u9fff]))(.*)$", RegexOptions.Singleline)]
    public static partial Regex Numbered();

    /// <summary>A number typed alone on its line (a heading paragraph whose text follows in the next one).</summary>
    [GeneratedRegex(@"^((?:[A-Z]|\d{1,3})(?:\.\d{1,3})+|\d{1,3})$")]
    public static partial Regex NumberOnly();

    [GeneratedRegex(@"^(?:注|NOTE|Note)\s*\d*\s*[:：]\s*(.*)$", RegexOptions.Singleline)]
    public static partial Regex Note();

    /// <summary>List item markers of GB/T 1.1 (a), 1), ——) and common bullets.</summary>
    [GeneratedRegex(@"^(?:[a-z]\)|\d{1,2}\)|——|—|•|·|-\s)")]
    public static partial Regex ListItem();

    [GeneratedRegex(@"^(ICS|CCS)\s*[:：]?\s*(\S.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Classification();

    /// <summary>Short and without closing punctuation: reads as a heading rather than a sentence.</summary>
    public static bool LooksLikeHeading(string text) =>
        text.Length is > 0 and <= 40 && !text.Contains('\n', StringComparison.Ordinal)
        && !"。；;：:，,.".Contains(text[^1], StringComparison.Ordinal);

    public static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
