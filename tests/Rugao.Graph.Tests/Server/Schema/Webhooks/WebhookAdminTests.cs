using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Server.Schema.Changes;
using Rugao.Graph.Tests.TestSupport;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Tests.Server.Schema.Webhooks;

// Writes, so it has a database of its own.
public sealed class WebhookAdminTests(WebhookApi api) : IClassFixture<WebhookApi>
{
    private const string Register = """
        mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {
          webhook { id name url active createdBy } secret errors { code path } } }
        """;

    [Theory]
    [InlineData("ftp://example.org/hook", "INVALID_URL")]
    [InlineData("/hooks/rugao", "INVALID_URL")]
    [InlineData("http://user:pw@example.org/hook", "INVALID_URL")]
    [InlineData("not a url", "INVALID_URL")]
    [InlineData(" ", "REQUIRED")]
    public async Task RegisterWebhook_BadUrl_IsCodedAtInputUrlAndWritesNothing(string url, string code)
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var before = await CountAsync();

        var response = await api.PostAsync(Register, new { input = new { name = "bad-" + Guid.NewGuid().ToString("N"), url } }, admin);

        var error = Assert.Single(response.Data.Items("registerWebhook.errors"));
        Assert.Equal(code, error.Str("code"));
        Assert.Equal(["input", "url"], error.Items("path").Select(p => p.GetString()));
        Assert.Null(response.Data.Str("registerWebhook.secret"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task RegisterWebhook_TakenNameBlankNameOrCursorBeyondHead_IsCodedAndWritesNothing()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var name = "taken-" + Guid.NewGuid().ToString("N");
        var first = await api.PostAsync(Register, new { input = new { name, url = "https://example.org/a" } }, admin);
        Assert.Empty(first.Data.Items("registerWebhook.errors"));
        var before = await CountAsync();

        var taken = await api.PostAsync(Register, new { input = new { name, url = "https://example.org/b" } }, admin);
        var blank = await api.PostAsync(Register, new { input = new { name = "", url = "https://example.org/b" } }, admin);
        var beyond = await api.PostAsync(Register, new { input = new { name = name + "x", url = "https://example.org/b", after = ChangeCursor.Encode(99_999_999) } }, admin);
        var garbled = await api.PostAsync(Register, new { input = new { name = name + "y", url = "https://example.org/b", after = "not-a-cursor" } }, admin);

        Assert.Equal("NAME_TAKEN", Assert.Single(taken.Data.Items("registerWebhook.errors")).Str("code"));
        Assert.Equal("REQUIRED", Assert.Single(blank.Data.Items("registerWebhook.errors")).Str("code"));
        Assert.Equal("INVALID_CURSOR", Assert.Single(beyond.Data.Items("registerWebhook.errors")).Str("code"));
        Assert.Equal("INVALID_CURSOR", Assert.Single(garbled.Data.Items("registerWebhook.errors")).Str("code"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task RegisterWebhook_Admin_ReturnsTheSecretOnceAndListsTheWebhookWithoutIt()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var name = "listed-" + Guid.NewGuid().ToString("N");

        var response = await api.PostAsync(Register, new { input = new { name, url = "https://example.org/hooks" } }, admin);

        Assert.Empty(response.Data.Items("registerWebhook.errors"));
        Assert.StartsWith("whsec_", response.Data.Str("registerWebhook.secret"), StringComparison.Ordinal);
        Assert.True(response.Data.At("registerWebhook.webhook.active").GetBoolean());
        var listed = await api.PostAsync("{ webhooks { id name url active deliveries { totalCount } } }", bearer: admin);
        Assert.Empty(listed.Errors);
        var mine = Assert.Single(listed.Data.Items("webhooks"), w => w.Str("name") == name);
        Assert.Equal(response.Data.Str("registerWebhook.webhook.id"), mine.Str("id"));
        Assert.Equal(0, mine.Int("deliveries.totalCount"));
        Assert.DoesNotContain("secret", listed.Body.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(Role.Editor, "FORBIDDEN")]
    [InlineData(Role.Publisher, "FORBIDDEN")]
    public async Task Webhooks_BelowAdmin_IsRefusedWithACode(Role? role, string code)
    {
        var bearer = await TestKeys.ForCallerAsync(api, role);

        var response = await api.PostAsync("{ webhooks { id url } }", bearer: bearer);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task UpdateAndDeactivate_UnknownOrInactiveWebhook_AreCoded()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var created = await api.PostAsync(Register, new { input = new { name = "gone-" + Guid.NewGuid().ToString("N"), url = "https://example.org/c" } }, admin);
        var id = created.Data.Str("registerWebhook.webhook.id");
        const string Deactivate = "mutation($id: ID!) { deactivateWebhook(input: { id: $id }) { webhook { active } errors { code path } } }";

        var first = await api.PostAsync(Deactivate, new { id }, admin);
        var second = await api.PostAsync(Deactivate, new { id }, admin);
        var unknown = await api.PostAsync(Deactivate, new { id = "V2ViaG9vazo5OTk5OTk" }, admin);
        var badUpdate = await api.PostAsync(
            "mutation($id: ID!) { updateWebhook(input: { id: $id, url: \"mailto:x@example.org\" }) { webhook { url } errors { code path } } }",
            new { id }, admin);

        Assert.Empty(first.Data.Items("deactivateWebhook.errors"));
        Assert.False(first.Data.At("deactivateWebhook.webhook.active").GetBoolean());
        Assert.Equal("ALREADY_INACTIVE", Assert.Single(second.Data.Items("deactivateWebhook.errors")).Str("code"));
        Assert.Equal("NOT_FOUND", Assert.Single(unknown.Data.Items("deactivateWebhook.errors")).Str("code"));
        Assert.Equal("INVALID_URL", Assert.Single(badUpdate.Data.Items("updateWebhook.errors")).Str("code"));
        Assert.Equal("https://example.org/c", await api.QueryDbAsync(db =>
            db.Webhooks.Where(w => w.Name.StartsWith("gone-")).Select(w => w.Url).SingleAsync()));
    }

    [Fact]
    public async Task Webhook_Where_ReadsBackTheFilterItWasRegisteredAndUpdatedWith()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var ids = await api.DataAsync("""
            { departments { id } serviceAreas { id } serviceItems(first: 2) { nodes { id } } standards(first: 2) { nodes { id } } }
            """);
        var departments = ids.Items("departments").Select(d => d.Str("id")!).ToList();
        var area = ids.Items("serviceAreas")[0].Str("id")!;
        var items = ids.Items("serviceItems.nodes").Select(n => n.Str("id")!).ToList();
        var standards = ids.Items("standards.nodes").Select(n => n.Str("id")!).ToList();
        var where = new { kind = new[] { "CREATED", "PUBLISHED" }, area = new[] { area }, serviceItem = items, standard = standards, department = new[] { departments[1] } };
        const string Read = "{ webhooks { id where { kind area serviceItem standard department } } }";

        var registered = await api.PostAsync("""
            mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {
              webhook { id where { kind area serviceItem standard department } } errors { code } } }
            """, new { input = new { name = "filtered-" + Guid.NewGuid().ToString("N"), url = "https://example.org/f", where } }, admin);
        Assert.Empty(registered.Data.Items("registerWebhook.errors"));
        var id = registered.Data.Str("registerWebhook.webhook.id");
        AssertFilter(registered.Data.At("registerWebhook.webhook.where"), ["CREATED", "PUBLISHED"], [area], items, standards, [departments[1]]);
        AssertFilter(Listed(await api.PostAsync(Read, bearer: admin), id), ["CREATED", "PUBLISHED"], [area], items, standards, [departments[1]]);

        var updated = await api.PostAsync("""
            mutation($id: ID!, $where: ChangeFilter) { updateWebhook(input: { id: $id, where: $where }) { errors { code } } }
            """, new { id, where = new { kind = new[] { "ABOLISHED" }, department = departments } }, admin);
        Assert.Empty(updated.Data.Items("updateWebhook.errors"));
        AssertFilter(Listed(await api.PostAsync(Read, bearer: admin), id), ["ABOLISHED"], [], [], [], departments);

        var renamed = await api.PostAsync("""
            mutation($id: ID!) { updateWebhook(input: { id: $id, name: "renamed-filter-once" }) { webhook { where { kind department } } errors { code } } }
            """, new { id }, admin);
        Assert.Empty(renamed.Data.Items("updateWebhook.errors"));
        Assert.Equal(["ABOLISHED"], renamed.Data.Items("updateWebhook.webhook.where.kind").Select(k => k.GetString()));
        Assert.Equal(departments, renamed.Data.Items("updateWebhook.webhook.where.department").Select(d => d.GetString()));
    }

    [Fact]
    public async Task Webhook_Where_WithoutAFilter_IsEmptyListsThatRestrictNothing()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);

        var registered = await api.PostAsync("""
            mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) {
              webhook { where { kind area serviceItem standard department } } errors { code } } }
            """, new { input = new { name = "unfiltered-" + Guid.NewGuid().ToString("N"), url = "https://example.org/u" } }, admin);

        Assert.Empty(registered.Data.Items("registerWebhook.errors"));
        AssertFilter(registered.Data.At("registerWebhook.webhook.where"), [], [], [], [], []);
    }

    private static System.Text.Json.JsonElement Listed(GraphQLHttpResponse response, string? id)
    {
        Assert.Empty(response.Errors);
        return Assert.Single(response.Data.Items("webhooks"), w => w.Str("id") == id).At("where");
    }

    private static void AssertFilter(System.Text.Json.JsonElement where, string[] kinds, IEnumerable<string> areas,
        IEnumerable<string> items, IEnumerable<string> standards, IEnumerable<string> departments)
    {
        Assert.Equal(kinds, where.Items("kind").Select(k => k.GetString()));
        Assert.Equal(areas, where.Items("area").Select(a => a.GetString()));
        Assert.Equal(items, where.Items("serviceItem").Select(i => i.GetString()));
        Assert.Equal(standards, where.Items("standard").Select(s => s.GetString()));
        Assert.Equal(departments, where.Items("department").Select(d => d.GetString()));
    }

    private Task<int> CountAsync() => api.QueryDbAsync(async db =>
        await db.Webhooks.CountAsync()
        + await db.ConsumerCheckpoints.CountAsync(c => c.Consumer.StartsWith(WebhookCheckpoint.Prefix)));
}
