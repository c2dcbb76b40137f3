using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Standards;

internal static partial class StandardCodeParser
{
    public const int FirstYear = 1950;
    public const int LastYear = 2099;

    public static bool TryParse(string? text, [NotNullWhen(true)] out StandardCode? code, [NotNullWhen(false)] out StandardCodeProblem? problem)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = new("标准编号为空", "the standard code is empty");
            return false;
        }

        var normal = StandardCodeText.Normalise(text);
        var unexpected = normal.AsSpan().IndexOfAnyExcept(CodeCharacters);
        if (unexpected >= 0)
        {
            problem = new($"含有无法识别的字符“{normal[unexpected]}”", $"it contains the unexpected character '{normal[unexpected]}'");
            return false;
        }

        var dash = normal.IndexOf('-', StringComparison.Ordinal);
        var body = dash < 0 ? normal : normal[..dash];
        int? year = null;
        if (dash >= 0 && !TryParseYear(normal[(dash + 1)..], out year, out problem))
        {
            return false;
        }

        if (!TryParseNumber(body, out var number, out problem))
        {
            return false;
        }

        var head = body[..^number.Length];
        if (!StandardCodePrefix.TryParse(head.Replace(" ", "", StringComparison.Ordinal), head.EndsWith(' '), out var prefix, out problem))
        {
            return false;
        }

        code = new StandardCode(prefix, number, year);
        return true;
    }

    public static bool IsYearInRange(int year) => year is >= FirstYear and <= LastYear;

    private static bool TryParseNumber(string body, out string number, [NotNullWhen(false)] out StandardCodeProblem? problem)
    {
        problem = null;
        number = TrailingNumber().Match(body).Value;
        if (number.Length == 0)
        {
            problem = new("缺少顺序号", "it has no number after the prefix");
        }
        else if (!NumberShape().IsMatch(number))
        {
            problem = number.Count(c => c == '.') > 1
                ? new($"部分编号“{number}”只能有一级（如 24421.2）", $"the part number '{number}' has more than one level (like 24421.2)")
                : new($"顺序号“{number}”格式不正确", $"the number '{number}' is malformed");
        }
        else if (number.Split('.').Any(segment => segment.All(c => c == '0')))
        {
            problem = new($"顺序号“{number}”不能为零", $"the number '{number}' has a zero part");
        }

        return problem is null;
    }

    // Before the mid-1990s codes carried two-digit years (GB 3100-93, GBJ 99-86). A two-digit year below 50 is far
    // more likely a shortened modern year (-23 for 2023) than a 1920s standard, so it is refused, not guessed.
    private static bool TryParseYear(string text, out int? year, [NotNullWhen(false)] out StandardCodeProblem? problem)
    {
        year = null;
        problem = null;
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            problem = text.Length == 0 ? new("连接号后缺少年代号", "the year after '-' is missing")
                : text.Contains('-', StringComparison.Ordinal) ? new("含有多个连接号", "it has more than one dash")
                : new($"年代号“{text}”应为四位数字", $"the year '{text}' must be four digits");
            return false;
        }

        var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        if (text.Length == 2 && value >= 50)
        {
            year = 1900 + value;
        }
        else if (text.Length == 2)
        {
            problem = new(
                $"两位年代号“{text}”只用于旧标准，请写四位年代号",
                $"the two-digit year '{text}' is only valid for old codes (50-99 for 1950-1999); write the four-digit year");
        }
        else if (text.Length != 4)
        {
            problem = new($"年代号“{text}”应为四位数字", $"the year '{text}' must be four digits");
        }
        else if (!IsYearInRange(value))
        {
            problem = new($"年代号“{text}”超出 {FirstYear}–{LastYear}", $"the year '{text}' is outside {FirstYear}-{LastYear}");
        }
        else
        {
            year = value;
        }

        return problem is null;
    }

    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/.- ");

    [GeneratedRegex(@"[0-9.]+$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)?$")]
    private static partial Regex NumberShape();
}
