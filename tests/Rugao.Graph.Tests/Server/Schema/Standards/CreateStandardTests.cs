using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;
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
        var (departmentId, systemNodeId) = await client.ReferencesAsync();

        var payload = await client.MutateAsync("createStandard", Selection, new
        {
            code = "DB3206/T 4001", year = 2026, title = "  社区食堂服务规范 ", departmentId, systemNodeId,
            draftingOrganisations = new[] { "如皋市民政局" },
        }, await client.KeyAsync(Role.Editor));

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("DB3206/T 4001", payload.Str("standard.identity"));
        Assert.Equal("社区食堂服务规范", payload.Str("standard.title"));
        Assert.Equal("DRAFT", payload.Str("standard.status"));
        Assert.Equal("LOCAL", payload.Str("standard.level"));
        Assert.True(payload.At("draft.isDraft").GetBoolean());
        Assert.Equal("DB3206/T 4001-2026", payload.Str("draft.code"));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>().CreateDbContextAsync();
        Assert.Equal(ChangeKind.Created, (await db.ChangeEvents.OrderBy(e => e.Sequence).LastAsync()).Kind);
    }

    public static TheoryData<object, string, string[]> Mistakes() => new()
    {
        { new { code = " " }, "REQUIRED", ["code"] },
        { new { code = "ABC" }, "CODE_INVALID", ["code"] },
        { new { code = "DB3206/T 4002-2026" }, "CODE_HAS_YEAR", ["code"] },
        { new { code = "gb/t 28220" }, "CODE_TAKEN", ["code"] },
        { new { year = 1949 }, "YEAR_INVALID", ["year"] },
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
        var (departmentId, systemNodeId) = await client.ReferencesAsync();
        var editor = await client.KeyAsync(Role.Editor);
        var before = await client.WritesAsync();
        var payload = await client.MutateAsync("createStandard", Selection, EditingClient.Merge(
            new { code = "DB3206/T 4003", year = 2026, title = "测试服务规范", departmentId, systemNodeId }, fields), editor);
        Assert.Equal(JsonValueKind.Null, payload.At("standard").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }
}
