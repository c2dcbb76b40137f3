using System.Globalization;
using System.Text.RegularExpressions;

namespace Rugao.Graph.Indicators;

/// <summary>
/// 统计期 — the period a measurement covers, written <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c>, <c>2024-06</c> or
/// <c>2024-06-30</c>; a measurement is stored on the last day of its period, the day its value refers to.
/// </summary>
public static partial class MeasurementPeriod
{
    public const int FirstYear = 1949;
    public const int LastYear = 2100;

    public static DateOnly? LastDay(string? text)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < FirstYear or > LastYear)
        {
            return null;
        }

        if (match.Groups["day"].Success)
        {
            return DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        }

        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture)
            : match.Groups["quarter"].Success ? 3 * int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture)
            : match.Groups["half"].Success ? 6 * int.Parse(match.Groups["half"].Value, CultureInfo.InvariantCulture)
            : 12;
        return month is < 1 or > 12 ? null : new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(Q(?<quarter>[1-4])|H(?<half>[12])|(?<month>\d{2})(-(?<day>\d{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
