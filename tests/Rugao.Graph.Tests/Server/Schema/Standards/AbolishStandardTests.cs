using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class AbolishStandardTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "standard { status abolishedOn abolitionReason versionToken }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task AbolishStandard_AheadOfTime_IsAbolishedFromThatDayAndCanNoLongerChange()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync("DB3206/T 1007", publisher);

        var payload = await client.MutateAsync("abolishStandard", Selection,
            new { standardId = id, expectedVersionToken = token, abolishedOn = "2026-12-31", reason = "复审后废止。" }, publisher);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("CURRENT", payload.Str("standard.status"));
        Assert.Equal("2026-12-31", payload.Str("standard.abolishedOn"));
        Assert.Equal("复审后废止。", payload.Str("standard.abolitionReason"));
        var later = await api.DataAsync("""{ standard(code: "DB3206/T 1007", asOf: "2026-12-31") { status } }""");
        Assert.Equal("ABOLISHED", later.Str("standard.status"));
        var change = await ChangeLogHead.LastEventAsync(api);
        Assert.Equal(ChangeKind.Abolished, change.Kind);
        Assert.Equal(new DateOnly(2026, 12, 31), change.EffectiveOn);

        token = payload.Str("standard.versionToken")!;
        var amend = await client.MutateAsync("amendStandard", "version { id }", new
        {
            standardId = id, expectedVersionToken = token, effectiveFrom = "2026-09-01", changes = new[] { new { number = "1", text = "x" } },
        }, publisher);
        EditingClient.AssertError(amend, "STANDARD_ABOLISHED", "standardId");
        var revise = await client.MutateAsync("reviseStandard", "draft { id }",
            new { standardId = id, expectedVersionToken = token, year = 2027 }, publisher);
        EditingClient.AssertError(revise, "STANDARD_ABOLISHED", "standardId");
    }

    [Fact]
    public async Task AbolishStandard_OpenDraftOfAbolishedStandard_CannotBePublished()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (id, token) = await client.StandardAsync("DB3206/T 1008", publisher);
        var revised = await client.MutateAsync("reviseStandard", "draft { id }", new { standardId = id, expectedVersionToken = token, year = 2027 }, editor);
        Assert.Empty(revised.Items("errors"));
        token = (await client.StandardAsync("DB3206/T 1008", publisher)).Token;
        var abolished = await client.MutateAsync("abolishStandard", "standard { id }",
            new { standardId = id, expectedVersionToken = token, abolishedOn = "2026-06-01", reason = "废止。" }, publisher);
        Assert.Empty(abolished.Items("errors"));
        var draft = await client.DraftOfAsync("DB3206/T 1008", editor);
        var before = await client.WritesAsync();

        var published = await client.MutateAsync("publishStandardVersion", "version { id }",
            TestStandards.Merge(draft.Refs, new { effectiveFrom = "2027-01-01" }), publisher);

        EditingClient.AssertError(published, "STANDARD_ABOLISHED", "draftId");
        Assert.Equal(before, await client.WritesAsync());
    }

    public static TheoryData<string, string, string?, string, string> Mistakes() => new()
    {
        { "T/RGJY 002", "2026-06-01", "再次废止。", "ALREADY_ABOLISHED", "standardId" },
        { "DB3206/T 1009", "2020-01-01", "太早。", "ABOLISHED_BEFORE_EFFECTIVE", "abolishedOn" },
        { "DB3206/T 1009", "2026-06-01", "  ", "REQUIRED", "reason" },
        { "DB3206/T 1009", "2026-06-01", new string('因', 20_001), "TOO_LONG", "reason" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AbolishStandard_Mistake_IsUserErrorAtItsFieldAndWritesNothing(string code, string on, string? reason, string error, string field)
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync(code, publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("abolishStandard", Selection,
            new { standardId = id, expectedVersionToken = token, abolishedOn = on, reason }, publisher);

        EditingClient.AssertError(payload, error, field);
        Assert.Equal(JsonValueKind.Null, payload.At("standard").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task AbolishStandard_NeverPublished_IsNotPublished()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var draft = await client.NewDraftAsync("DB3206/T 9601", await TestKeys.ForRoleAsync(api, Role.Editor), ("1", "范围", null));
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("abolishStandard", Selection,
            new { standardId = draft.StandardId, expectedVersionToken = draft.ExpectedVersionToken, abolishedOn = "2026-06-01", reason = "不再需要。" }, publisher);

        EditingClient.AssertError(payload, "NOT_PUBLISHED", "standardId");
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task AbolishStandard_UnknownStandard_IsNotFound()
    {
        var payload = await client.MutateAsync("abolishStandard", Selection,
            new { standardId = "U3RhbmRhcmQ6OTk5OTk5", expectedVersionToken = "x", abolishedOn = "2026-06-01", reason = "x" },
            await TestKeys.ForRoleAsync(api, Role.Publisher));

        EditingClient.AssertError(payload, "NOT_FOUND", "standardId");
    }

    [Fact]
    public async Task AbolishStandard_StaleToken_IsConflictAndWritesNothing_MatchesSnapshot()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, _) = await client.StandardAsync("DB3206/T 1009", publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("abolishStandard", Selection,
            new { standardId = id, expectedVersionToken = "U3RhbmRhcmQ6MTow", abolishedOn = "2026-06-01", reason = "x" }, publisher);

        EditingClient.AssertError(payload, "CONFLICT", "expectedVersionToken");
        Assert.Equal(before, await client.WritesAsync());
        Snapshot.Match(payload.At("errors").Pretty());
    }
}
