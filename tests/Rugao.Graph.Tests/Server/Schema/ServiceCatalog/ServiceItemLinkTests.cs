using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.ServiceCatalog;

// Writes, so it has a database of its own; each test links pairs no other test reads.
public sealed class ServiceItemLinkTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Link = """
        mutation($input: LinkServiceItemInput!) { linkServiceItem(input: $input) {
          standard { code } serviceItem { code } errors { code message path } } }
        """;

    private const string Unlink = """
        mutation($input: UnlinkServiceItemInput!) { unlinkServiceItem(input: $input) {
          standard { code } serviceItem { code } errors { code message path } } }
        """;

    private const string Adjust = """
        mutation($input: AdjustStandardListInput!) { adjustStandardList(input: $input) { errors { code path } } }
        """;

    [Fact]
    public async Task Story_LinkListDelistUnlink_EachStepRecordedAndTheLinkGuardsTheList()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var input = new { standardId = await api.StandardIdAsync("GB/T 28220"), serviceItemId = await api.ItemIdAsync("XYSJ-02-01") };
        var events = await EventsAsync();

        var linked = await PostAsync(Link, input, editor);
        Assert.Empty(linked.Items("linkServiceItem.errors"));
        Assert.Equal("XYSJ-02-01", linked.Str("linkServiceItem.serviceItem.code"));
        Assert.Equal(events + 1, await EventsAsync());
        Assert.Equal(ChangeKind.ServiceItemLinked, await LastKindAsync());
        var read = await api.DataAsync("""
            query($id: ID!) { serviceItem(id: $id) { linkedStandards { code } standards { code } } }
            """, new { id = input.serviceItemId });
        Assert.Contains(read.Items("serviceItem.linkedStandards"), s => s.Str("code") == "GB/T 28220-2023");
        Assert.DoesNotContain(read.Items("serviceItem.standards"), s => s.Str("code")!.StartsWith("GB/T 28220", StringComparison.Ordinal));

        var listed = await PostAsync(Adjust, new { input.standardId, input.serviceItemId, action = "LIST", effectiveOn = "2026-05-01", reason = "图书馆服务" }, publisher);
        Assert.Empty(listed.Items("adjustStandardList.errors"));
        (await PostAsync(Unlink, input, editor)).SingleError("unlinkServiceItem", "STILL_LISTED", "serviceItemId");

        var delisted = await PostAsync(Adjust, new { input.standardId, input.serviceItemId, action = "DELIST", reason = "改列领域清单" }, publisher);
        Assert.Empty(delisted.Items("adjustStandardList.errors"));
        var before = await EventsAsync();
        var unlinked = await PostAsync(Unlink, input, editor);

        Assert.Empty(unlinked.Items("unlinkServiceItem.errors"));
        Assert.Equal("GB/T 28220-2023", unlinked.Str("unlinkServiceItem.standard.code"));
        Assert.Equal(before + 1, await EventsAsync());
        Assert.Equal(ChangeKind.ServiceItemUnlinked, await LastKindAsync());
        var after = await api.DataAsync("""
            query($id: ID!) { serviceItem(id: $id) { linkedStandards { code } listings { listedOn delistedOn } } }
            """, new { id = input.serviceItemId });
        Assert.DoesNotContain(after.Items("serviceItem.linkedStandards"), s => s.Str("code") == "GB/T 28220-2023");
        Assert.Contains(after.Items("serviceItem.listings"), l => l.Str("listedOn") == "2026-05-01" && l.Str("delistedOn") == "2026-06-01");
    }

    public static TheoryData<bool, string, string, string, string> Mistakes() => new()
    {
        // unlink?, standard, item → code, path
        { false, "missing", "XYSJ-01-01", "NOT_FOUND", "standardId" },
        { false, "GB/T 28220", "missing", "NOT_FOUND", "serviceItemId" },
        { false, "T/RGJY 002", "XYSJ-01-01", "STANDARD_ABOLISHED", "standardId" },
        { false, "DB3206/T 1001", "XYSJ-01-01", "ALREADY_LINKED", "serviceItemId" },
        { true, "missing", "XYSJ-01-01", "NOT_FOUND", "standardId" },
        { true, "GB/T 28220", "missing", "NOT_FOUND", "serviceItemId" },
        { true, "GB/T 28220", "XYSJ-02-02", "NOT_LINKED", "serviceItemId" },
        { true, "DB3206/T 1001", "XYSJ-02-02", "STILL_LISTED", "serviceItemId" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task LinkOrUnlink_Mistake_IsCodedAtItsFieldAndWritesNothing(bool unlink, string standard, string item, string code, string path)
    {
        var input = new
        {
            standardId = standard == "missing" ? "U3RhbmRhcmQ6OTk5OTk5" : await api.StandardIdAsync(standard),
            serviceItemId = item == "missing" ? "U2VydmljZUl0ZW06OTk5OTk5" : await api.ItemIdAsync(item),
        };
        var before = await api.RowsAsync();

        var data = await PostAsync(unlink ? Unlink : Link, input, await TestKeys.ForRoleAsync(api, Role.Editor));

        var field = unlink ? "unlinkServiceItem" : "linkServiceItem";
        data.SingleError(field, code, path);
        Assert.Equal(JsonValueKind.Null, data.At(field + ".standard").ValueKind);
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task Link_NeverPublishedStandard_IsNotPublished()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var standardId = await TestStandards.CreateAsync(api.GraphQL(editor), "DB3206/T 9802", "草案标准");
        var before = await api.RowsAsync();

        var data = await PostAsync(Link, new
        {
            standardId, serviceItemId = await api.ItemIdAsync("XYSJ-01-01"),
        }, editor);

        data.SingleError("linkServiceItem", "NOT_PUBLISHED", "standardId");
        Assert.Equal(before, await api.RowsAsync());
    }

    [Fact]
    public async Task Link_AlreadyLinked_MatchesSnapshot()
    {
        var data = await PostAsync(Link, new
        {
            standardId = await api.StandardIdAsync("DB3206/T 1002"), serviceItemId = await api.ItemIdAsync("XYSJ-02-03"),
        }, await TestKeys.ForRoleAsync(api, Role.Editor));

        data.SingleError("linkServiceItem", "ALREADY_LINKED", "serviceItemId");
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task Unlink_StillListed_MatchesSnapshot()
    {
        var data = await PostAsync(Unlink, new
        {
            standardId = await api.StandardIdAsync("DB3206/T 1002"), serviceItemId = await api.ItemIdAsync("XYSJ-02-03"),
        }, await TestKeys.ForRoleAsync(api, Role.Editor));

        data.SingleError("unlinkServiceItem", "STILL_LISTED", "serviceItemId");
        Snapshot.Match(data.Pretty());
    }

    private Task<JsonElement> PostAsync(string mutation, object input, string bearer) => api.GraphQL(bearer).DataAsync(mutation, new { input });

    private async Task<int> EventsAsync()
    {
        await using var db = await api.OpenDbAsync();
        return await db.ChangeEvents.CountAsync();
    }

    private async Task<ChangeKind> LastKindAsync() => (await ChangeLogHead.LastEventAsync(api)).Kind;
}
