using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Access;

// Writes keys, so it has a database of its own.
public sealed class ApiKeyMutationTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Create = """
        mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) {
          apiKey { id name role createdBy revokedAt } secret errors { code message path } } }
        """;

    private const string Revoke = """
        mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { name revokedAt } errors { code message path } } }
        """;

    [Fact]
    public async Task CreateApiKey_ReturnsTheSecretOnce_AndTheKeyWorksWithItsRole()
    {
        var (adminKey, admin) = await TestKeys.CreateAsync(api, Role.Admin);

        var created = await api.PostAsync(Create, new { input = new { name = "portal-editor", role = "EDITOR" } }, admin);

        var payload = created.Data.At("createApiKey");
        Assert.Empty(payload.Items("errors"));
        Assert.Equal(("portal-editor", "EDITOR"), (payload.Str("apiKey.name"), payload.Str("apiKey.role")));
        Assert.StartsWith("Admin-", payload.Str("apiKey.createdBy"), StringComparison.Ordinal);
        Assert.Equal(adminKey.Name, payload.Str("apiKey.createdBy"));
        var secret = payload.Str("secret")!;
        Assert.Matches("^rgk_[0-9a-f]{12}_[0-9a-f]{64}$", secret);
        var viewer = await api.PostAsync("{ viewer { name role } }", bearer: secret);
        Assert.Equal(("portal-editor", "EDITOR"), (viewer.Data.Str("viewer.name"), viewer.Data.Str("viewer.role")));

        var listed = await api.PostAsync("{ apiKeys { name role createdAt createdBy revokedAt } }", bearer: admin);
        var entry = listed.Data.Items("apiKeys").Single(k => k.Str("name") == "portal-editor");
        Assert.Equal(JsonValueKind.Null, entry.At("revokedAt").ValueKind);
        Assert.DoesNotContain(secret[^64..], listed.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateApiKey_TakenOrBlankName_IsAUserErrorAtInputName_MatchesSnapshot()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        await api.PostAsync(Create, new { input = new { name = "ops-twin", role = "ADMIN" } }, admin);
        var before = await KeyCountAsync();

        var taken = await api.PostAsync(Create, new { input = new { name = "ops-twin", role = "PUBLISHER" } }, admin);
        var blank = await api.PostAsync(Create, new { input = new { name = "  ", role = "PUBLISHER" } }, admin);

        var error = Assert.Single(taken.Data.Items("createApiKey.errors"));
        Assert.Equal(("KEY_NAME_TAKEN", "input.name"), (error.Str("code"), string.Join('.', error.Items("path").Select(p => p.GetString()))));
        Assert.Equal(JsonValueKind.Null, taken.Data.At("createApiKey.secret").ValueKind);
        Assert.Equal("REQUIRED", Assert.Single(blank.Data.Items("createApiKey.errors")).Str("code"));
        Assert.Equal(before, await KeyCountAsync());
        Snapshot.Match(taken.Body.Pretty());
    }

    [Fact]
    public async Task RevokeApiKey_TheKeyStopsWorkingAtOnce_AndASecondRevokeIsAlreadyRevoked_MatchesSnapshot()
    {
        var admin = await TestKeys.ForRoleAsync(api, Role.Admin);
        var created = await api.PostAsync(Create, new { input = new { name = "short-lived", role = "PUBLISHER" } }, admin);
        var id = created.Data.Str("createApiKey.apiKey.id");
        var secret = created.Data.Str("createApiKey.secret");
        Assert.Equal("PUBLISHER", (await api.PostAsync("{ viewer { role } }", bearer: secret)).Data.Str("viewer.role"));

        var revoked = await api.PostAsync(Revoke, new { input = new { id } }, admin);

        Assert.Empty(revoked.Data.Items("revokeApiKey.errors"));
        Assert.Equal(JsonValueKind.String, revoked.Data.At("revokeApiKey.apiKey.revokedAt").ValueKind);
        var refused = await api.PostAsync("{ viewer { role } }", bearer: secret);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Equal(["UNAUTHENTICATED"], refused.ErrorCodes);

        var again = await api.PostAsync(Revoke, new { input = new { id } }, admin);
        Assert.Equal("KEY_ALREADY_REVOKED", Assert.Single(again.Data.Items("revokeApiKey.errors")).Str("code"));
        Snapshot.Match(again.Body.Pretty());
    }

    [Fact]
    public async Task RevokeApiKey_UnknownId_IsNotFoundAtInputId()
    {
        var response = await api.PostAsync(Revoke, new { input = new { id = "QXBpS2V5Ojk5OTk5" } }, await TestKeys.ForRoleAsync(api, Role.Admin));

        var error = Assert.Single(response.Data.Items("revokeApiKey.errors"));
        Assert.Equal(("NOT_FOUND", "input.id"), (error.Str("code"), string.Join('.', error.Items("path").Select(p => p.GetString()))));
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(Role.Publisher, "FORBIDDEN")]
    public async Task ApiKeys_BelowAdmin_IsRefusedWithACode(Role? role, string code)
    {
        var bearer = await TestKeys.ForCallerAsync(api, role);

        var response = await api.PostAsync("{ apiKeys { name } }", bearer: bearer);

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task ReindexSearch_AsAdmin_RebuildsTheIndex()
    {
        await api.SearchReadyAsync();

        var response = await api.PostAsync("mutation { reindexSearch(input: { reason: \"test\" }) { rebuiltAt errors { code } } }",
            bearer: await TestKeys.ForRoleAsync(api, Role.Admin));

        Assert.Empty(response.Errors);
        Assert.Empty(response.Data.Items("reindexSearch.errors"));
        Assert.Equal(JsonValueKind.String, response.Data.At("reindexSearch.rebuiltAt").ValueKind);
        var search = await api.DataAsync("{ search(query: \"学生资助\") { totalCount } }");
        Assert.True(search.Int("search.totalCount") > 0);
    }

    private async Task<int> KeyCountAsync() =>
        (await api.Services.GetRequiredService<ApiKeyAdministration>().ListAsync(default)).Count;
}
