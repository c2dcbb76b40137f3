using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Clauses;

// Numbering per GB/T 1.1-2020 §7.2, §7.3 and §9.6 (domain notes §3.1): chapters 1, 2, …; 条 below them down to
// the fifth level (5.1.1.1.1.1); appendices A–Z with their own 条 (A.1, A.1.1).
internal static class ClauseNumberParser
{
    private const string AppendixWord = "附录";

    public static bool TryParse(string? text, [NotNullWhen(true)] out int[]? keys, [NotNullWhen(false)] out ClauseNumberProblem? problem)
    {
        keys = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = Invalid("条款编号为空", "the clause number is empty");
            return false;
        }

        var normal = text.Normalize(NormalizationForm.FormKC).Trim();
        var appendixOnly = normal.StartsWith(AppendixWord, StringComparison.Ordinal);
        if (appendixOnly)
        {
            normal = normal[AppendixWord.Length..].TrimStart();
        }

        var segments = normal.Split('.');
        var parsed = new int[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            if (!TryParseSegment(segments[i], first: i == 0, out parsed[i], out problem))
            {
                return false;
            }
        }

        if (appendixOnly && (segments.Length > 1 || parsed[0] < ClauseNumber.AppendixBase))
        {
            problem = Invalid("“附录”后只能跟一个附录字母", "附录 must be followed by a single appendix letter, like 附录A");
            return false;
        }

        if (segments.Length > ClauseNumber.MaxDepth)
        {
            problem = new(
                ErrorCatalog.ClauseTooDeep,
                $"章或附录以下最多 5 级条（{ClauseNumber.MaxDepth} 段）",
                $"it has {segments.Length} levels; a chapter or appendix takes at most 5 levels of subclauses ({ClauseNumber.MaxDepth} segments)");
            return false;
        }

        keys = parsed;
        problem = null;
        return true;
    }

    private static bool TryParseSegment(string segment, bool first, out int key, [NotNullWhen(false)] out ClauseNumberProblem? problem)
    {
        key = 0;
        problem = null;
        if (segment.Length == 0)
        {
            problem = Invalid("含有空的编号段", "it has an empty segment");
        }
        else if (first && segment.Length == 1 && char.IsAsciiLetterUpper(segment[0]))
        {
            key = ClauseNumber.AppendixBase + segment[0] - 'A' + 1;
        }
        else if (segment.Any(char.IsAsciiLetter))
        {
            problem = first
                ? Invalid($"附录编号“{segment}”应为一个大写字母 A–Z", $"an appendix is one upper-case letter A-Z, not '{segment}'")
                : Invalid($"编号段“{segment}”应为数字", $"the segment '{segment}' must be a number; only an appendix starts with a letter");
        }
        else if (!segment.All(char.IsAsciiDigit))
        {
            problem = Invalid($"编号段“{segment}”含有无法识别的字符", $"the segment '{segment}' has characters other than digits");
        }
        else if (segment.All(c => c == '0'))
        {
            problem = Invalid("编号从 1 开始，不能为 0", "numbering starts at 1, so no segment may be 0");
        }
        else if (segment[0] == '0')
        {
            problem = Invalid($"编号段“{segment}”不能有前导零", $"the segment '{segment}' has a leading zero");
        }
        else if (segment.Length > 3)
        {
            problem = Invalid($"编号段“{segment}”超过 {ClauseNumber.MaxSegment}", $"the segment '{segment}' is above {ClauseNumber.MaxSegment}");
        }
        else
        {
            key = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return problem is null;
    }

    private static ClauseNumberProblem Invalid(string chinese, string english) => new(ErrorCatalog.InvalidClauseNumber, chinese, english);
}
