using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Standards;

// Shapes from domain notes §2.5. The head arrives normalised and without spaces; `separated` says whether the
// number followed it after a space, which is what tells the old seismic industry code "DB 12" from "DB12…".
internal readonly partial record struct StandardCodePrefix(string Text, StandardLevel Level, StandardNature Nature)
{
    public static bool TryParse(
        string head, bool separated, out StandardCodePrefix prefix, [NotNullWhen(false)] out StandardCodeProblem? problem)
    {
        problem = null;
        prefix = default;
        if (head.Length == 0)
        {
            problem = new("缺少标准代号（如 GB/T）", "it has no prefix such as GB/T");
            return false;
        }

        if (National().Match(head) is { Success: true } national)
        {
            var text = head == "GBJ" ? "GBJ" : "GB" + WithSlash(national.Groups["suffix"].Value);
            prefix = new(text, StandardLevel.National, NatureOf(national));
            return true;
        }

        if (Local().Match(head) is { Success: true } local)
        {
            var region = local.Groups["region"].Value;
            if (region.Length is not (2 or 4))
            {
                problem = new(
                    $"“{head}”的行政区划代码应为两位（省）或四位（设区的市）",
                    $"the region code in '{head}' must have 2 (province) or 4 (city) digits");
                return false;
            }

            var recommended = local.Groups["suffix"].Value.Contains('T', StringComparison.Ordinal);
            var nature = recommended ? StandardNature.Recommended : StandardNature.Mandatory;
            prefix = new($"DB{region}{(recommended ? "/T" : "")}", StandardLevel.Local, nature);
            return true;
        }

        if (head == "DB" && !separated)
        {
            problem = new(
                "DB 后紧接数字，无法区分行政区划代码与顺序号",
                "after DB the region code runs into the number; write DB32/T 4013 or DB3206/T 1091");
            return false;
        }

        if (Owned().Match(head) is { Success: true } owned)
        {
            var owner = owned.Groups["owner"].Value;
            if (!owner.Any(char.IsAsciiLetterUpper))
            {
                problem = new(
                    $"团体或企业代号“{head}”缺少字母", $"the association or enterprise code in '{head}' has no letters");
                return false;
            }

            var level = owned.Groups["kind"].Value == "T" ? StandardLevel.Group : StandardLevel.Enterprise;
            prefix = new(head, level, StandardNature.Recommended);
            return true;
        }

        if (Industry().Match(head) is { Success: true } industry)
        {
            var text = industry.Groups["letters"].Value + WithSlash(industry.Groups["suffix"].Value);
            prefix = new(text, StandardLevel.Industry, NatureOf(industry));
            return true;
        }

        problem = new($"无法识别的标准代号“{head}”", $"'{head}' is not a known prefix (GB, GB/T, DB32/T, JY/T, T/…, Q/…)");
        return false;
    }

    private static string WithSlash(string suffix) => suffix.Length == 0 ? "" : "/" + suffix.TrimStart('/');

    private static StandardNature NatureOf(Match match) => match.Groups["suffix"].Value.TrimStart('/') switch
    {
        "T" => StandardNature.Recommended,
        "Z" => StandardNature.Guidance,
        _ => StandardNature.Mandatory,
    };

    [GeneratedRegex(@"^(?:GB(?<suffix>/?[TZ])?|GBJ)$")]
    private static partial Regex National();

    // A mandatory local standard is printed "DB11/ 1234—2020"; the lone slash carries no meaning.
    [GeneratedRegex(@"^DB(?<region>\d+)(?<suffix>/T|T|/)?$")]
    private static partial Regex Local();

    [GeneratedRegex(@"^(?<kind>[TQ])/(?<owner>[A-Z0-9]+)$")]
    private static partial Regex Owned();

    // Lazy letters make a trailing T or Z the suffix of a joined code (JYT → JY/T, JGJT → JGJ/T) while JGJ stays
    // whole; industry codes have at least two letters, so DZ (地质) and MT (煤炭) keep their last letter. GB… is
    // never an industry code.
    [GeneratedRegex(@"^(?!GB)(?<letters>[A-Z]{2,3}?)(?:/?(?<suffix>[TZ]))?$")]
    private static partial Regex Industry();
}
