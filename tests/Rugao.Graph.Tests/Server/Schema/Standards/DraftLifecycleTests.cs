using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class DraftLifecycleTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Create = """
        mutation($input: CreateStandardInput!) { createStandard(input: $input) {
          standard { id versionToken status } draft { id versionToken isDraft number code }
          errors { code message path } } }
        """;

    private const string Put = """
        mutation($input: PutClauseInput!) { putClause(input: $input) {
          clause { number } draft { versionToken standard { versionToken } } errors { code path } } }
        """;

    private const string Publish = """
        mutation($input: PublishStandardVersionInput!) { publishStandardVersion(input: $input) {
          version { number effectiveFrom isDraft audit { createdBy publishedBy } } standard { versionToken status }
          errors { code path } } }
        """;

    [Fact]
    public async Task Story_CreatePutPublishReviseChangePublish_KeepsLineages()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var created = await CreateAsync(editor, "DB3206/T 9901");
        var (draftId, standardToken, draftToken) = Tokens(created);

        (standardToken, draftToken) = await PutAsync(editor, draftId, standardToken, draftToken, "1", "范围", "本文件规定了……");
        (standardToken, draftToken) = await PutAsync(editor, draftId, standardToken, draftToken, "2", "要求", null);
        (standardToken, draftToken) = await PutAsync(editor, draftId, standardToken, draftToken, "2.1", null, "服务时间不少于 8 小时。");

        var published = await api.PostAsync(Publish, new
        {
            input = new { draftId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, effectiveFrom = "2026-09-01" },
        }, publisher);
        Assert.Empty(published.Data.Items("publishStandardVersion.errors"));
        Assert.Equal(1, published.Data.Int("publishStandardVersion.version.number"));
        Assert.Equal("UPCOMING", published.Data.Str("publishStandardVersion.standard.status"));
        Assert.Equal(JsonValueKind.String, published.Data.At("publishStandardVersion.version.audit.publishedBy").ValueKind);

        var byCode = await api.DataAsync("""{ standard(code: "DB3206/T 9901") { status clauseTree: currentVersion { clause(number: "2.1") { lineage: id } } } }""");
        Assert.Equal("UPCOMING", byCode.Str("standard.status"));

        var standardId = created.Str("createStandard.standard.id");
        var token = published.Data.Str("publishStandardVersion.standard.versionToken");
        var revised = await api.PostAsync("""
            mutation($input: ReviseStandardInput!) { reviseStandard(input: $input) { draft { id versionToken } standard { versionToken } errors { code path } } }
            """, new { input = new { standardId, expectedVersionToken = token, year = 2027 } }, editor);
        Assert.Empty(revised.Data.Items("reviseStandard.errors"));
        var revisionId = revised.Data.Str("reviseStandard.draft.id")!;
        (standardToken, draftToken) = await PutAsync(editor, revisionId, revised.Data.Str("reviseStandard.standard.versionToken")!,
            revised.Data.Str("reviseStandard.draft.versionToken")!, "2.1", null, "服务时间不少于 10 小时。");

        var second = await api.PostAsync(Publish, new
        {
            input = new { draftId = revisionId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, effectiveFrom = "2027-03-01", publishedOn = "2026-06-01" },
        }, publisher);
        Assert.Empty(second.Data.Items("publishStandardVersion.errors"));
        Assert.Equal(2, second.Data.Int("publishStandardVersion.version.number"));

        var versions = await api.DataAsync("""
            query($id: ID!) { standard(id: $id) { versions { nodes { number clause(number: "2.1") { text } } } } }
            """, new { id = standardId });
        var nodes = versions.Items("standard.versions.nodes");
        Assert.Equal(2, nodes.Count);
        Assert.Equal("服务时间不少于 8 小时。", nodes[0].Str("clause.text"));
        Assert.Equal("服务时间不少于 10 小时。", nodes[1].Str("clause.text"));
    }

    [Fact]
    public async Task CreateStandard_TakenCode_IsCodeTakenAtInputCode()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var data = await CreateAsync(editor, "GB/T 28220");

        var error = Assert.Single(data.Items("createStandard.errors"));
        Assert.Equal("CODE_TAKEN", error.Str("code"));
        Assert.Equal(["input", "code"], error.Items("path").Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, data.At("createStandard.standard").ValueKind);
    }

    [Fact]
    public async Task PutClause_StaleToken_IsConflictAndWritesNothing()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var created = await CreateAsync(editor, "DB3206/T 9902");
        var (draftId, standardToken, draftToken) = Tokens(created);
        await PutAsync(editor, draftId, standardToken, draftToken, "1", "范围", null);

        var stale = await api.PostAsync(Put, new
        {
            input = new { draftId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, number = "2", heading = "要求" },
        }, editor);

        var error = Assert.Single(stale.Data.Items("putClause.errors"));
        Assert.Equal("CONFLICT", error.Str("code"));
        var draft = await api.PostAsync("query($id: ID!) { standard(id: $id) { draft { clauseCount } } }",
            new { id = created.Str("createStandard.standard.id") }, editor);
        Assert.Equal(1, draft.Data.Int("standard.draft.clauseCount"));
    }

    [Fact]
    public async Task PutClause_ParentMissing_IsUserErrorAtNumber()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (draftId, standardToken, draftToken) = Tokens(await CreateAsync(editor, "DB3206/T 9903"));

        var response = await api.PostAsync(Put, new
        {
            input = new { draftId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, number = "3.1", text = "x" },
        }, editor);

        var error = Assert.Single(response.Data.Items("putClause.errors"));
        Assert.Equal("CLAUSE_PARENT_MISSING", error.Str("code"));
        Assert.Equal(["input", "number"], error.Items("path").Select(p => p.GetString()));
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(Role.Editor, "FORBIDDEN")]
    public async Task PublishStandardVersion_WithoutPublisherRole_IsRefused(Role? role, string code)
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (draftId, standardToken, draftToken) = Tokens(await CreateAsync(editor, $"DB3206/T 99{(role is null ? 10 : 11)}"));
        var bearer = role is { } r ? await TestKeys.ForRoleAsync(api, r) : null;

        var response = await api.PostAsync(Publish, new
        {
            input = new { draftId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, effectiveFrom = "2026-09-01" },
        }, bearer);

        Assert.Contains(code, response.ErrorCodes);
    }

    [Fact]
    public async Task CreateStandard_Anonymous_IsUnauthenticated()
    {
        var response = await api.PostAsync(Create, new { input = await TestStandards.CreateInputAsync(api.GraphQL(), "DB3206/T 9920") });

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task NeverPublishedStandard_IsHiddenFromAnonymousCallers_EverywhereItCouldBeFetched()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var id = (await CreateAsync(editor, "DB3206/T 9905")).Str("createStandard.standard.id");
        const string Fetch = "query($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } standard(id: $id) { id } byCode: standard(code: \"DB3206/T 9905\") { id } }";

        var anonymousResponse = await api.PostAsync(Fetch, new { id });
        var anonymous = anonymousResponse.Data;
        var asEditor = (await api.PostAsync(Fetch, new { id }, editor)).Data;

        Assert.Equal(JsonValueKind.Null, anonymous.At("node").ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.Items("nodes")[0].ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.At("standard").ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.At("byCode").ValueKind);
        Assert.Equal(["STANDARD_NOT_FOUND"], anonymousResponse.ErrorCodes);
        Assert.Equal(id, asEditor.Str("node.id"));
        Assert.Equal(id, asEditor.Items("nodes")[0].Str("id"));
        Assert.Equal(id, asEditor.Str("standard.id"));
        Assert.Equal(id, asEditor.Str("byCode.id"));
    }

    private async Task<(string, string)> PutAsync(string bearer, string draftId, string standardToken, string draftToken,
        string number, string? heading, string? text)
    {
        var data = await api.GraphQL(bearer).DataAsync(Put, new
        {
            input = new { draftId, expectedVersionToken = standardToken, expectedDraftVersionToken = draftToken, number, heading, text },
        });
        Assert.Empty(data.Items("putClause.errors"));
        return (data.Str("putClause.draft.standard.versionToken")!, data.Str("putClause.draft.versionToken")!);
    }

    private async Task<JsonElement> CreateAsync(string bearer, string code)
    {
        var editor = api.GraphQL(bearer);
        return await editor.DataAsync(Create, new { input = await TestStandards.CreateInputAsync(editor, code) });
    }

    private static (string DraftId, string StandardToken, string DraftToken) Tokens(JsonElement created) =>
        (created.Str("createStandard.draft.id")!, created.Str("createStandard.standard.versionToken")!,
            created.Str("createStandard.draft.versionToken")!);
}
