using System.Globalization;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Standards;

public sealed class StandardStatusRulesTests
{
    [Theory]
    [InlineData(null, null, null, "2024-01-01", StandardStatus.Draft)]
    [InlineData(null, null, "2030-01-01", "2024-01-01", StandardStatus.Draft)]
    [InlineData(null, "2030-01-01", null, "2024-01-01", StandardStatus.Draft)]
    [InlineData("2023-07-01", null, null, "2023-06-30", StandardStatus.Upcoming)]
    [InlineData("2023-07-01", null, null, "2023-07-01", StandardStatus.Current)]
    [InlineData("2023-07-01", null, null, "2023-07-02", StandardStatus.Current)]
    [InlineData("2016-01-01", null, "2026-07-01", "2026-06-30", StandardStatus.Current)]
    [InlineData("2016-01-01", null, "2026-07-01", "2026-07-01", StandardStatus.Superseded)]
    [InlineData("2016-01-01", null, "2026-07-01", "2027-01-01", StandardStatus.Superseded)]
    [InlineData("2012-05-01", "2023-07-01", null, "2023-06-30", StandardStatus.Current)]
    [InlineData("2012-05-01", "2023-07-01", null, "2023-07-01", StandardStatus.Abolished)]
    [InlineData("2012-05-01", "2023-07-01", "2023-07-01", "2023-07-01", StandardStatus.Abolished)]
    [InlineData("2012-05-01", "2024-01-01", "2023-07-01", "2023-09-01", StandardStatus.Superseded)]
    [InlineData("2025-01-01", "2030-01-01", "2030-01-01", "2024-12-31", StandardStatus.Upcoming)]
    public void StatusOn_Dates_ReturnsExpectedStatus(
        string? firstEffectiveFrom,
        string? abolishedOn,
        string? supersededOn,
        string asOf,
        StandardStatus expected)
    {
        var status = StandardStatusRules.StatusOn(Day(firstEffectiveFrom), Day(abolishedOn), Day(supersededOn), Day(asOf)!.Value);

        Assert.Equal(expected, status);
    }

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
