using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class UpdateStandardDraftTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "standard { title ics } draft { code year label changeSummary }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task UpdateStandardDraft_NewStandard_ChangesMetadataAndDraft()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewDraftAsync(TestStandards.NewCode(), editor);

        var payload = await client.MutateAsync("updateStandardDraft", Selection,
            TestStandards.Merge(draft.Refs, new { title = "新名称", ics = "03.080", year = 2027, label = "征求意见稿", changeSummary = "说明" }), editor);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("新名称", payload.Str("standard.title"));
        Assert.Equal("03.080", payload.Str("standard.ics"));
        Assert.Equal(2027, payload.Int("draft.year"));
        Assert.EndsWith("-2027", payload.Str("draft.code"), StringComparison.Ordinal);
        Assert.Equal("征求意见稿", payload.Str("draft.label"));
    }

    public static TheoryData<object, string, string[]> NewStandardMistakes() => new()
    {
        { new { title = "" }, "REQUIRED", ["title"] },
        { new { titleEn = new string('t', 501) }, "TOO_LONG", ["titleEn"] },
        { new { label = new string('稿', 501) }, "TOO_LONG", ["label"] },
        { new { changeSummary = new string('改', 20_001) }, "TOO_LONG", ["changeSummary"] },
        { new { year = 2100 }, "INVALID_YEAR", ["year"] },
        { new { departmentId = "RGVwYXJ0bWVudDo5OTk5OTk" }, "NOT_FOUND", ["departmentId"] },
        { new { systemNodeId = "U3lzdGVtTm9kZTo5OTk5OTk" }, "NOT_FOUND", ["systemNodeId"] },
        { new { draftingOrganisations = new[] { "" } }, "REQUIRED", ["draftingOrganisations", "0"] },
        { new { expectedVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedVersionToken"] },
        { new { expectedDraftVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedDraftVersionToken"] },
        { new { draftId = "U3RhbmRhcmRWZXJzaW9uOjk5OTk5OQ" }, "NOT_FOUND", ["draftId"] },
    };

    [Theory]
    [MemberData(nameof(NewStandardMistakes))]
    public async Task UpdateStandardDraft_Mistake_IsUserErrorAtItsFieldAndWritesNothing(object fields, string error, string[] path)
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewDraftAsync(TestStandards.NewCode(), editor);

        var payload = await UpdateAsync(editor, draft, fields);

        EditingClient.AssertError(payload, error, path);
    }

    [Theory]
    [InlineData("title", "GB/T 32940")]
    [InlineData("ics", "GB/T 33531")]
    [InlineData("issuedBy", "GB/T 33532")]
    public async Task UpdateStandardDraft_MetadataOfAPublishedStandard_IsStandardPublished(string field, string code)
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await RevisionAsync(editor, code);

        var payload = await UpdateAsync(editor, draft, new Dictionary<string, string> { [field] = "x" });

        EditingClient.AssertError(payload, "STANDARD_PUBLISHED", field);
    }

    [Fact]
    public async Task UpdateStandardDraft_YearOfARevisionNotLater_IsYearNotLater()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await RevisionAsync(editor, "GB/T 32939");

        var payload = await UpdateAsync(editor, draft, new { year = 2016 });

        EditingClient.AssertError(payload, "YEAR_NOT_LATER", "year");
    }

    [Fact]
    public async Task UpdateStandardDraft_PublishedMetadata_MatchesSnapshot()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await RevisionAsync(editor, "GB/T 33527");

        var payload = await UpdateAsync(editor, draft, new { title = "改名" });

        EditingClient.AssertError(payload, "STANDARD_PUBLISHED", "title");
        Snapshot.Match(payload.At("errors").Pretty());
    }

    private async Task<EditingClient.Draft> RevisionAsync(string editor, string code)
    {
        var (id, token) = await client.StandardAsync(code, editor);
        var revised = await client.MutateAsync("reviseStandard", "draft { id }", new { standardId = id, expectedVersionToken = token, year = 2030 }, editor);
        Assert.Empty(revised.Items("errors"));
        return await client.DraftOfAsync(code, editor);
    }

    private async Task<JsonElement> UpdateAsync(string editor, EditingClient.Draft draft, object fields)
    {
        var before = await client.WritesAsync();
        var payload = await client.MutateAsync("updateStandardDraft", Selection, TestStandards.Merge(draft.Refs, fields), editor);
        Assert.Equal(JsonValueKind.Null, payload.At("draft").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }
}
