using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class CreateStandardTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "standard { identity title status level } draft { isDraft code year }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task CreateStandard_ValidInput_CreatesADraftAndItsEvent()
    {
        var editor = api.GraphQL(await TestKeys.ForRoleAsync(api, Role.Editor));
        var input = await TestStandards.CreateInputAsync(editor, "DB3206/T 4001", "  社区食堂服务规范 ",
            new { draftingOrganisations = new[] { "如皋市民政局" } });

        var payload = await editor.MutateAsync("createStandard", Selection, input);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("DB3206/T 4001", payload.Str("standard.identity"));
        Assert.Equal("社区食堂服务规范", payload.Str("standard.title"));
        Assert.Equal("DRAFT", payload.Str("standard.status"));
        Assert.Equal("LOCAL", payload.Str("standard.level"));
        Assert.True(payload.At("draft.isDraft").GetBoolean());
        Assert.Equal("DB3206/T 4001-2026", payload.Str("draft.code"));
        Assert.Equal(ChangeKind.Created, (await ChangeLogHead.LastEventAsync(api)).Kind);
    }

    public static TheoryData<object, string, string[]> Mistakes() => new()
    {
        { new { code = " " }, "REQUIRED", ["code"] },
        { new { code = "ABC" }, "INVALID_STANDARD_CODE", ["code"] },
        { new { code = "DB3206/T 4002-2026" }, "CODE_HAS_YEAR", ["code"] },
        { new { code = "gb/t 28220" }, "CODE_TAKEN", ["code"] },
        { new { year = 1949 }, "INVALID_YEAR", ["year"] },
        { new { title = "" }, "REQUIRED", ["title"] },
        { new { title = new string('标', 501) }, "TOO_LONG", ["title"] },
        { new { titleEn = new string('t', 501) }, "TOO_LONG", ["titleEn"] },
        { new { ics = new string('1', 501) }, "TOO_LONG", ["ics"] },
        { new { ccs = new string('A', 501) }, "TOO_LONG", ["ccs"] },
        { new { issuedBy = new string('局', 501) }, "TOO_LONG", ["issuedBy"] },
        { new { draftingOrganisations = new[] { "如皋市民政局", " " } }, "REQUIRED", ["draftingOrganisations", "1"] },
        { new { changeSummary = new string('改', 20_001) }, "TOO_LONG", ["changeSummary"] },
        { new { departmentId = "RGVwYXJ0bWVudDo5OTk5OTk" }, "NOT_FOUND", ["departmentId"] },
        { new { systemNodeId = "U3lzdGVtTm9kZTo5OTk5OTk" }, "NOT_FOUND", ["systemNodeId"] },
        // An ID of another type, or one that does not decode, names no row: NOT_FOUND, as for a missing one.
        { new { departmentId = "U3lzdGVtTm9kZTox" }, "NOT_FOUND", ["departmentId"] },
        { new { systemNodeId = "not an id" }, "NOT_FOUND", ["systemNodeId"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task CreateStandard_Mistake_IsUserErrorAtItsFieldAndWritesNothing(object fields, string code, string[] path)
    {
        var payload = await CreateAsync(fields);

        EditingClient.AssertError(payload, code, path);
    }

    [Fact]
    public async Task CreateStandard_TakenCode_MatchesSnapshot()
    {
        var payload = await CreateAsync(new { code = "GB/T 28220" });

        EditingClient.AssertError(payload, "CODE_TAKEN", "code");
        Snapshot.Match(payload.At("errors").Pretty());
    }

    private async Task<JsonElement> CreateAsync(object fields)
    {
        var editor = api.GraphQL(await TestKeys.ForRoleAsync(api, Role.Editor));
        var input = await TestStandards.CreateInputAsync(editor, "DB3206/T 4003", extra: fields);
        var before = await client.WritesAsync();
        var payload = await editor.MutateAsync("createStandard", Selection, input);
        Assert.Equal(JsonValueKind.Null, payload.At("standard").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }
}
