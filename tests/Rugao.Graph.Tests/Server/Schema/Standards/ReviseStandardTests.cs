using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class ReviseStandardTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "draft { isDraft code year clauseCount clause(number: \"5.1\") { lineageId } }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task ReviseStandard_Published_OpensADraftWithTheLatestClausesAndLineages()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (id, token) = await client.StandardAsync("GB/T 28220", editor);
        var latest = await api.DataAsync("""{ standard(code: "GB/T 28220") { currentVersion { clauseCount clause(number: "5.1") { lineageId } } } }""");

        var payload = await client.MutateAsync("reviseStandard", Selection,
            new { standardId = id, expectedVersionToken = token, year = 2030, changeSummary = "修订。" }, editor);

        Assert.Empty(payload.Items("errors"));
        Assert.True(payload.At("draft.isDraft").GetBoolean());
        Assert.Equal("GB/T 28220-2030", payload.Str("draft.code"));
        Assert.Equal(latest.Int("standard.currentVersion.clauseCount"), payload.Int("draft.clauseCount"));
        Assert.Equal(latest.Str("standard.currentVersion.clause.lineageId"), payload.Str("draft.clause.lineageId"));

        var again = await client.MutateAsync("reviseStandard", Selection,
            new { standardId = id, expectedVersionToken = (await client.StandardAsync("GB/T 28220", editor)).Token, year = 2031 }, editor);
        EditingClient.AssertError(again, "DRAFT_EXISTS", "standardId");
    }

    public static TheoryData<string, object, string, string> Mistakes() => new()
    {
        { "T/RGJY 002", new { year = 2030 }, "STANDARD_ABOLISHED", "standardId" },
        { "GB/T 28222", new { year = 1949 }, "INVALID_YEAR", "year" },
        { "GB/T 28222", new { year = 2011 }, "YEAR_NOT_LATER", "year" },
        { "GB/T 28222", new { year = 2030, changeSummary = new string('改', 20_001) }, "TOO_LONG", "changeSummary" },
        { "GB/T 28222", new { year = 2030, expectedVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", "expectedVersionToken" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task ReviseStandard_Mistake_IsUserErrorAtItsFieldAndWritesNothing(string code, object fields, string error, string field)
    {
        var payload = await ReviseAsync(code, fields);

        EditingClient.AssertError(payload, error, field);
    }

    [Fact]
    public async Task ReviseStandard_NeverPublished_IsNotPublished()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewDraftAsync(TestStandards.NewCode(), editor, ("1", "范围", null));
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("reviseStandard", Selection,
            new { standardId = draft.StandardId, expectedVersionToken = draft.ExpectedVersionToken, year = 2027 }, editor);

        EditingClient.AssertError(payload, "NOT_PUBLISHED", "standardId");
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task ReviseStandard_UnknownStandard_IsNotFound()
    {
        var payload = await client.MutateAsync("reviseStandard", Selection,
            new { standardId = "U3RhbmRhcmQ6OTk5OTk5", expectedVersionToken = "x", year = 2030 }, await TestKeys.ForRoleAsync(api, Role.Editor));

        EditingClient.AssertError(payload, "NOT_FOUND", "standardId");
    }

    [Fact]
    public async Task ReviseStandard_YearNotLater_MatchesSnapshot()
    {
        var payload = await ReviseAsync("GB/T 28222", new { year = 2000 });

        EditingClient.AssertError(payload, "YEAR_NOT_LATER", "year");
        Snapshot.Match(payload.At("errors").Pretty());
    }

    private async Task<JsonElement> ReviseAsync(string code, object fields)
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (id, token) = await client.StandardAsync(code, editor);
        var before = await client.WritesAsync();
        var payload = await client.MutateAsync("reviseStandard", Selection,
            TestStandards.Merge(new { standardId = id, expectedVersionToken = token }, fields), editor);
        Assert.Equal(JsonValueKind.Null, payload.At("draft").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }
}
