using System.Globalization;
using Rugao.Graph.Indicators;

namespace Rugao.Graph.Tests.Graph.Indicators;

public sealed class IndicatorAttainmentRulesTests
{
    private static readonly DateTimeOffset Recorded = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(IndicatorDirection.AtLeast, 98, 97.9, AttainmentStatus.NotAttained)]
    [InlineData(IndicatorDirection.AtLeast, 98, 98, AttainmentStatus.Attained)]
    [InlineData(IndicatorDirection.AtLeast, 98, 98.1, AttainmentStatus.Attained)]
    [InlineData(IndicatorDirection.AtMost, 50, 49.9, AttainmentStatus.Attained)]
    [InlineData(IndicatorDirection.AtMost, 50, 50, AttainmentStatus.Attained)]
    [InlineData(IndicatorDirection.AtMost, 50, 50.1, AttainmentStatus.NotAttained)]
    [InlineData(IndicatorDirection.AtMost, 0, 0, AttainmentStatus.Attained)]
    [InlineData(IndicatorDirection.AtMost, 0, 3, AttainmentStatus.NotAttained)]
    [InlineData(IndicatorDirection.AtLeast, 0, 0, AttainmentStatus.Attained)]
    public void On_ValueAgainstTarget_ReturnsStatus(
        IndicatorDirection direction, double target, double value, AttainmentStatus expected)
    {
        var attainment = IndicatorAttainmentRules.On(Indicator(direction, target), [Measured("2022-12-31", value)], Day("2023-01-01"));

        Assert.Equal(expected, attainment.Status);
        Assert.Equal(expected == AttainmentStatus.Attained, attainment.Attained);
    }

    [Theory]
    [InlineData(IndicatorDirection.AtLeast, 24000, 24890, 24890d / 24000)]
    [InlineData(IndicatorDirection.AtLeast, 24000, 8230, 8230d / 24000)]
    [InlineData(IndicatorDirection.AtLeast, 98, 98, 1)]
    [InlineData(IndicatorDirection.AtMost, 45, 50, 0.9)]
    [InlineData(IndicatorDirection.AtMost, 45, 36, 1.25)]
    [InlineData(IndicatorDirection.AtMost, 0, 12, 0)]
    [InlineData(IndicatorDirection.AtMost, 0, 0, 1)]
    [InlineData(IndicatorDirection.AtMost, 5, 0, 1)]
    [InlineData(IndicatorDirection.AtLeast, 0, 4, 1)]
    [InlineData(IndicatorDirection.AtLeast, 0, -1, 0)]
    public void On_ValueAgainstTarget_ReturnsRatio(IndicatorDirection direction, double target, double value, double expected)
    {
        var attainment = IndicatorAttainmentRules.On(Indicator(direction, target), [Measured("2022-12-31", value)], Day("2023-01-01"));

        Assert.NotNull(attainment.Ratio);
        Assert.Equal(expected, attainment.Ratio.Value, 10);
    }

    [Fact]
    public void On_NoMeasurements_ReturnsNoData()
    {
        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtLeast, 1), [], Day("2023-01-01"));

        Assert.Equal(AttainmentStatus.NoData, attainment.Status);
        Assert.False(attainment.Attained);
        Assert.Null(attainment.Measurement);
        Assert.Null(attainment.Ratio);
        Assert.Equal(Day("2023-01-01"), attainment.AsOf);
    }

    [Fact]
    public void On_OnlyMeasurementsAfterAsOf_ReturnsNoData()
    {
        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtLeast, 1),
            [Measured("2021-12-31", 5)], Day("2021-12-30"));

        Assert.Equal(AttainmentStatus.NoData, attainment.Status);
    }

    [Fact]
    public void On_MeasurementAfterAsOf_IsIgnored()
    {
        var measurements = new[] { Measured("2021-12-31", 2), Measured("2022-12-31", 3) };

        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtLeast, 3), measurements, Day("2022-12-30"));

        Assert.Equal(AttainmentStatus.NotAttained, attainment.Status);
        Assert.Same(measurements[0], attainment.Measurement);
    }

    [Fact]
    public void On_MeasuredOnAsOf_Counts()
    {
        var measurements = new[] { Measured("2021-12-31", 2), Measured("2022-12-31", 3) };

        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtLeast, 3), measurements, Day("2022-12-31"));

        Assert.Equal(AttainmentStatus.Attained, attainment.Status);
        Assert.Same(measurements[1], attainment.Measurement);
    }

    [Fact]
    public void On_MeasurementsOutOfOrder_UsesLatestByDate()
    {
        var measurements = new[] { Measured("2022-09-30", 0), Measured("2020-09-30", 12), Measured("2021-09-30", 3) };

        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtMost, 0), measurements, Day("2021-12-31"));

        Assert.Same(measurements[2], attainment.Measurement);
        Assert.Equal(AttainmentStatus.NotAttained, attainment.Status);
        Assert.Equal(0, attainment.Ratio);
    }

    [Fact]
    public void On_TwoMeasurementsOnOneDay_UsesTheOneRecordedLast()
    {
        var first = Measured("2021-12-31", 90);
        var correction = Measured("2021-12-31", 99);
        correction.RecordedAt = Recorded.AddDays(1);

        var attainment = IndicatorAttainmentRules.On(Indicator(IndicatorDirection.AtLeast, 98), [correction, first], Day("2022-01-01"));

        Assert.Same(correction, attainment.Measurement);
        Assert.Equal(AttainmentStatus.Attained, attainment.Status);
    }

    [Fact]
    public void On_AfterPeriodEnds_KeepsLastValue()
    {
        var indicator = Indicator(IndicatorDirection.AtLeast, 24000);
        indicator.PeriodTo = Day("2022-12-31");

        var attainment = IndicatorAttainmentRules.On(indicator, [Measured("2022-12-31", 24890)], Day("2026-01-01"));

        Assert.Equal(AttainmentStatus.Attained, attainment.Status);
        Assert.Equal(24890, attainment.Measurement?.Value);
    }

    private static Indicator Indicator(IndicatorDirection direction, double target) => new()
    {
        Id = 7, Code = "T-01", Name = "示例指标", Unit = "%", Target = target, Direction = direction, PeriodLabel = "试点期",
    };

    private static IndicatorMeasurement Measured(string on, double value) => new()
    {
        IndicatorId = 7, MeasuredOn = Day(on), Value = value, RecordedAt = Recorded,
    };

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
