using System.Text;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Standards;

// Codes arrive typed by people and pasted from PDFs: full-width forms (ＧＢ／Ｔ), the printed em dash of
// GB/T 1.1-2020 (GB/T 1.1—2020), the Chinese IME dash (——) and stray spaces all mean the same code (domain notes §2.5).
internal static partial class StandardCodeText
{
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsWhiteSpace(c) ? ' ' : IsDash(c) ? '-' : char.ToUpperInvariant(c));
        }

        var spaced = Spaces().Replace(builder.ToString().Trim(), " ");
        var joined = SpaceAroundSeparator().Replace(spaced, "$1");
        return Dashes().Replace(joined, "-");
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ?([/.\-]) ?")]
    private static partial Regex SpaceAroundSeparator();

    [GeneratedRegex(@"-{2,}")]
    private static partial Regex Dashes();
}
