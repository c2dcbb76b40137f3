using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Indicators;

// Writes, so it has a database of its own; only the story writes, to an indicator the mistakes do not use.
public sealed class RecordMeasurementTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Record = """
        mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) {
          measurement { measuredOn value note source isCorrection }
          indicator { attainment { status measurement { value } } }
          errors { code message path } } }
        """;

    [Fact]
    public async Task Story_RecordThenCorrect_AttainmentFollowsAndTheAuditIsForEditors()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var indicatorId = await api.IndicatorIdAsync("XYSJ-GZ-01");
        var events = await EventsAsync();

        var recorded = await RecordAsync(publisher, new { indicatorId, period = "2025", value = 2.0, unit = "所", note = "新建 2 所", source = "教育局报送" });

        Assert.Empty(recorded.Items("recordMeasurement.errors"));
        Assert.Equal("2025-12-31", recorded.Str("recordMeasurement.measurement.measuredOn"));
        Assert.Equal("教育局报送", recorded.Str("recordMeasurement.measurement.source"));
        Assert.Equal("ATTAINED", recorded.Str("recordMeasurement.indicator.attainment.status"));
        Assert.Equal(events + 1, await EventsAsync());

        var corrected = await RecordAsync(publisher, new { indicatorId, period = "2025", value = 0.0, correction = true });

        Assert.Empty(corrected.Items("recordMeasurement.errors"));
        Assert.True(corrected.At("recordMeasurement.measurement.isCorrection").GetBoolean());
        Assert.Equal("NOT_ATTAINED", corrected.Str("recordMeasurement.indicator.attainment.status"));
        Assert.Equal(events + 2, await EventsAsync());

        const string Read = """
            query($id: ID!) { indicator(id: $id) { attainment { status } measurements { measuredOn value audit { recordedBy } } } }
            """;
        var anonymous = await api.DataAsync(Read, new { id = indicatorId });
        var measurement = Assert.Single(anonymous.Items("indicator.measurements"));
        Assert.Equal(0, measurement.At("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, measurement.At("audit").ValueKind);
        Assert.Equal("NOT_ATTAINED", anonymous.Str("indicator.attainment.status"));
        var asEditor = await api.PostAsync(Read, new { id = indicatorId }, await TestKeys.ForRoleAsync(api, Role.Editor));
        Assert.StartsWith("Publisher-", asEditor.Data.Items("indicator.measurements")[0].Str("audit.recordedBy"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, double, string?, bool, string, string> Mistakes() => new()
    {
        // indicator, period, value, unit, correction → code, path
        { "missing", "2025", 1, null, false, "NOT_FOUND", "indicatorId" },
        { "XYSJ-XQ-02", null, 1, null, false, "REQUIRED", "period" },
        { "XYSJ-XQ-02", "2025-13", 1, null, false, "INVALID_PERIOD", "period" },
        { "XYSJ-XQ-02", "25年", 1, null, false, "INVALID_PERIOD", "period" },
        { "XYSJ-XQ-02", "2026", 1, null, false, "PERIOD_NOT_ENDED", "period" },
        { "XYSJ-XQ-02", "2025", 1, "个", false, "UNIT_MISMATCH", "unit" },
        { "XYSJ-XQ-02", "2025", -1, null, false, "VALUE_OUT_OF_RANGE", "value" },
        { "XYSJ-XQ-02", "2025", 1.5, null, false, "VALUE_OUT_OF_RANGE", "value" },
        { "XYSJ-BZ-02", "2025-Q4", 100.5, null, false, "VALUE_OUT_OF_RANGE", "value" },
        { "XYSJ-XQ-02", "2022", 4, null, false, "PERIOD_RECORDED", "period" },
        { "XYSJ-XQ-02", "2025-H1", 4, null, true, "NOTHING_TO_CORRECT", "correction" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Record_Mistake_IsCodedAtItsFieldAndWritesNothing(string indicator, string? period, double value, string? unit,
        bool correction, string code, string path)
    {
        var indicatorId = indicator == "missing" ? "SW5kaWNhdG9yOjk5OTk5OQ" : await api.IndicatorIdAsync(indicator);
        var before = await api.RowsAsync();

        var data = await RecordAsync(await TestKeys.ForRoleAsync(api, Role.Publisher), new { indicatorId, period, value, unit, correction });

        data.SingleError("recordMeasurement", code, path);
        Assert.Equal(JsonValueKind.Null, data.At("recordMeasurement.measurement").ValueKind);
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task Record_NoteTooLong_IsTooLongAtNote()
    {
        var before = await api.RowsAsync();

        var data = await RecordAsync(await TestKeys.ForRoleAsync(api, Role.Publisher), new
        {
            indicatorId = await api.IndicatorIdAsync("XYSJ-XQ-02"), period = "2025", value = 4.0, note = new string('注', 501),
        });

        data.SingleError("recordMeasurement", "TOO_LONG", "note");
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task Record_PeriodRecorded_MatchesSnapshot()
    {
        var data = await RecordAsync(await TestKeys.ForRoleAsync(api, Role.Publisher), new
        {
            indicatorId = await api.IndicatorIdAsync("XYSJ-XQ-03"), period = "2022-12-31", value = 5.0,
        });

        data.SingleError("recordMeasurement", "PERIOD_RECORDED", "period");
        Snapshot.Match(data.Pretty());
    }

    private Task<JsonElement> RecordAsync(string bearer, object input) => api.GraphQL(bearer).DataAsync(Record, new { input });

    private async Task<int> EventsAsync()
    {
        await using var db = await api.OpenDbAsync();
        return await db.ChangeEvents.CountAsync(e => e.Kind == ChangeKind.MeasurementRecorded);
    }
}
