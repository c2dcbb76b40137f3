using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.ServiceCatalog;

// Writes, so it has a database of its own; each test adjusts entries no other test reads.
public sealed class AdjustStandardListTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Adjust = """
        mutation($input: AdjustStandardListInput!) { adjustStandardList(input: $input) {
          adjustment { action effectiveOn reason actor standard { code } area { code } serviceItem { code } }
          listing { listedOn delistedOn delistReason }
          errors { code message path } } }
        """;

    private const string Missing = "U3RhbmRhcmQ6OTk5OTk5";

    [Fact]
    public async Task Delist_FromAServiceItem_ClosesTheIntervalAndKeepsTheHistory()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var item = await api.ItemIdAsync("XYSJ-01-01");
        var events = await EventsAsync(ChangeKind.Delisted);

        var data = await AdjustAsync(publisher, new
        {
            standardId = await api.StandardIdAsync("DB3206/T 1001"), serviceItemId = item, action = "DELIST",
            effectiveOn = "2026-07-01", reason = "幼儿资助改由新标准规定",
        });

        Assert.Empty(data.Items("adjustStandardList.errors"));
        Assert.Equal("DELIST", data.Str("adjustStandardList.adjustment.action"));
        Assert.Equal("XYSJ", data.Str("adjustStandardList.adjustment.area.code"));
        Assert.Equal("2021-07-01", data.Str("adjustStandardList.listing.listedOn"));
        Assert.Equal("2026-07-01", data.Str("adjustStandardList.listing.delistedOn"));
        Assert.Equal(events + 1, await EventsAsync(ChangeKind.Delisted));

        const string Read = """
            query($item: ID!) {
              before: serviceItem(id: $item) { standards(asOf: "2026-06-30") { code } }
              after: serviceItem(id: $item) { standards(asOf: "2026-07-01") { code } }
              listBefore: standardList(asOf: "2026-06-30", where: { serviceItem: [$item] }) { totalCount nodes { standard { code } } }
              listAfter: standardList(asOf: "2026-07-01", where: { serviceItem: [$item] }) { totalCount }
              items: serviceItems(asOf: "2026-07-01", where: { text: "学前教育幼儿资助" }) { nodes { standards { code } } }
              history: standardListAdjustments(where: { serviceItem: [$item] }) { totalCount nodes { action effectiveOn reason actor } } }
            """;
        var anonymous = await api.DataAsync(Read, new { item });
        Assert.Equal(["DB3206/T 1001-2021"], anonymous.Items("before.standards").Select(s => s.Str("code")));
        Assert.Empty(anonymous.Items("after.standards"));
        Assert.Equal(1, anonymous.Int("listBefore.totalCount"));
        Assert.Equal(0, anonymous.Int("listAfter.totalCount"));
        Assert.Empty(anonymous.Items("items.nodes")[0].Items("standards"));
        var history = anonymous.Items("history.nodes");
        Assert.Equal(2, anonymous.Int("history.totalCount"));
        Assert.Equal(["DELIST", "LIST"], history.Select(h => h.Str("action")));
        Assert.Equal("幼儿资助改由新标准规定", history[0].Str("reason"));
        Assert.All(history, h => Assert.Equal(JsonValueKind.Null, h.At("actor").ValueKind));

        var asEditor = await api.PostAsync(Read, new { item }, await TestKeys.ForRoleAsync(api, Role.Editor));
        Assert.StartsWith("Publisher-", asEditor.Data.Items("history.nodes")[0].Str("actor"), StringComparison.Ordinal);
        Assert.Equal("seed", asEditor.Data.Items("history.nodes")[1].Str("actor"));
    }

    [Fact]
    public async Task List_ForAServiceArea_DefaultsToTodayAndShowsOnTheAreaList()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var area = await api.AreaIdAsync("LYSD");
        var events = await EventsAsync(ChangeKind.Listed);

        var data = await AdjustAsync(publisher, new
        {
            standardId = await api.StandardIdAsync("DB3206/T 1002"), areaId = area, action = "LIST", reason = "领域通用要求",
        });

        Assert.Empty(data.Items("adjustStandardList.errors"));
        Assert.Equal("2026-06-01", data.Str("adjustStandardList.adjustment.effectiveOn"));
        Assert.Equal(JsonValueKind.Null, data.At("adjustStandardList.adjustment.serviceItem").ValueKind);
        Assert.Equal(events + 1, await EventsAsync(ChangeKind.Listed));
        var list = await api.DataAsync("""
            query($area: ID!) {
              today: standardList(where: { area: [$area] }) { nodes { standard { code } serviceItem { code } listReason } }
              yesterday: standardList(asOf: "2026-05-31", where: { area: [$area] }) { nodes { serviceItem { code } } } }
            """, new { area });
        Assert.Contains(list.Items("today.nodes"), n => n.Str("standard.code") == "DB3206/T 1002-2021"
            && n.At("serviceItem").ValueKind == JsonValueKind.Null && n.Str("listReason") == "领域通用要求");
        Assert.DoesNotContain(list.Items("yesterday.nodes"), n => n.At("serviceItem").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task DelistThenRelist_KeepsBothIntervals_AndAsOfReadsEachDay()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var item = await api.ItemIdAsync("XYSJ-04-01");
        var standardId = await api.StandardIdAsync("DB3206/T 1001");

        var delisted = await AdjustAsync(publisher, new { standardId, serviceItemId = item, action = "DELIST", effectiveOn = "2025-01-01", reason = "暂停" });
        var early = await AdjustAsync(publisher, new { standardId, serviceItemId = item, action = "LIST", effectiveOn = "2024-12-31", reason = "恢复" });
        var relisted = await AdjustAsync(publisher, new { standardId, serviceItemId = item, action = "LIST", effectiveOn = "2026-01-01", reason = "恢复" });

        Assert.Empty(delisted.Items("adjustStandardList.errors"));
        early.SingleError("adjustStandardList", "ALREADY_LISTED", "effectiveOn");
        Assert.Empty(relisted.Items("adjustStandardList.errors"));
        var read = await api.DataAsync("""
            query($item: ID!) { serviceItem(id: $item) {
                gap: standards(asOf: "2025-06-01") { code } now: standards { code } listings { listedOn delistedOn } }
              history: standardListAdjustments(where: { serviceItem: [$item] }, from: "2024-01-01") { nodes { action effectiveOn } } }
            """, new { item });
        Assert.Empty(read.Items("serviceItem.gap"));
        Assert.Single(read.Items("serviceItem.now"));
        Assert.Equal([("2021-07-01", "2025-01-01"), ("2026-01-01", (string?)null)],
            read.Items("serviceItem.listings").Select(l => (l.Str("listedOn"), l.Str("delistedOn"))));
        Assert.Equal([("LIST", "2026-01-01"), ("DELIST", "2025-01-01")],
            read.Items("history.nodes").Select(h => (h.Str("action"), h.Str("effectiveOn"))));
    }

    public static TheoryData<string, string?, string?, string, string?, string?, string, string> Mistakes() => new()
    {
        // standard, area, item, action, effectiveOn, reason → code, path
        { "missing", "XYSJ", null, "LIST", null, "理由", "NOT_FOUND", "standardId" },
        { "T/RGJY 002", "XYSJ", null, "LIST", null, "理由", "STANDARD_ABOLISHED", "standardId" },
        { "DB3206/T 1001", "missing", null, "LIST", null, "理由", "NOT_FOUND", "areaId" },
        { "DB3206/T 1001", null, "missing", "LIST", null, "理由", "NOT_FOUND", "serviceItemId" },
        { "DB3206/T 1001", null, null, "LIST", null, "理由", "AREA_OR_ITEM_REQUIRED", "areaId" },
        { "DB3206/T 1001", "LYSD", "XYSJ-01-01", "DELIST", null, "理由", "ITEM_NOT_IN_AREA", "serviceItemId" },
        { "DB3206/T 1001", null, "XYSJ-03-01", "LIST", null, "理由", "ALREADY_LISTED", "effectiveOn" },
        { "GB/T 28220", "XYSJ", null, "DELIST", null, "理由", "NOT_LISTED", "effectiveOn" },
        { "DB3206/T 1001", "LYSD", null, "LIST", "2021-01-01", "理由", "BEFORE_STANDARD_EXISTS", "effectiveOn" },
        { "DB3206/T 1001", null, "XYSJ-02-01", "DELIST", "2021-07-01", "理由", "DELIST_NOT_AFTER_LISTING", "effectiveOn" },
        { "GB/T 28220", null, "XYSJ-01-01", "LIST", null, "理由", "NOT_LINKED", "serviceItemId" },
        { "DB3206/T 1001", "LYSD", null, "LIST", null, null, "REQUIRED", "reason" },
        { "DB3206/T 1001", "LYSD", null, "LIST", null, new string('长', 1001), "TOO_LONG", "reason" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Adjust_Mistake_IsCodedAtItsFieldAndWritesNothing(string standard, string? area, string? item, string action,
        string? effectiveOn, string? reason, string code, string path)
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var input = new
        {
            standardId = standard == "missing" ? Missing : await api.StandardIdAsync(standard),
            areaId = area switch { null => null, "missing" => "U2VydmljZUFyZWE6OTk5OTk5", _ => await api.AreaIdAsync(area) },
            serviceItemId = item switch { null => null, "missing" => "U2VydmljZUl0ZW06OTk5OTk5", _ => await api.ItemIdAsync(item) },
            action, effectiveOn, reason,
        };
        var before = await api.RowsAsync();

        var data = await AdjustAsync(publisher, input);

        data.SingleError("adjustStandardList", code, path);
        Assert.Equal(JsonValueKind.Null, data.At("adjustStandardList.adjustment").ValueKind);
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task List_NeverPublishedStandard_IsNotPublished()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var standardId = await TestStandards.CreateAsync(api.GraphQL(editor), "DB3206/T 9801", "草案标准");
        var before = await api.RowsAsync();

        var data = await AdjustAsync(await TestKeys.ForRoleAsync(api, Role.Publisher), new
        {
            standardId, areaId = await api.AreaIdAsync("XYSJ"), action = "LIST", reason = "理由",
        });

        data.SingleError("adjustStandardList", "NOT_PUBLISHED", "standardId");
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task Adjust_AlreadyListed_MatchesSnapshot()
    {
        var data = await AdjustAsync(await TestKeys.ForRoleAsync(api, Role.Publisher), new
        {
            standardId = await api.StandardIdAsync("DB3206/T 1001"), serviceItemId = await api.ItemIdAsync("XYSJ-03-02"),
            action = "LIST", effectiveOn = "2026-01-01", reason = "重复列入",
        });

        data.SingleError("adjustStandardList", "ALREADY_LISTED", "effectiveOn");
        Snapshot.Match(data.Pretty());
    }

    private Task<JsonElement> AdjustAsync(string bearer, object input) => api.GraphQL(bearer).DataAsync(Adjust, new { input });

    private async Task<int> EventsAsync(ChangeKind kind)
    {
        await using var db = await api.OpenDbAsync();
        return await db.ChangeEvents.CountAsync(e => e.Kind == kind);
    }
}
