using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

/// <summary>
/// Walks every field that can return a standard, a version or a clause, found by reflection over the schema, and
/// checks that drafts (a never-published standard, and an open revision of a published one) reach editors only.
/// </summary>
// Writes, so it has a database of its own.
public sealed class DraftVisibilityTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Word = "可见性暗号";
    private const string Revised = "GB/T 28222";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task EveryStandardVersionOrClauseField_Anonymous_NeverReturnsADraft_ButEditorsSeeIt()
    {
        var drafts = await DraftsAsync();
        var (queries, unreachable) = new SchemaWalk(api.Services.GetRequiredService<ISchema>(), drafts.Hop, drafts.Probe).Build();
        Assert.True(unreachable.Count == 0, "Fields the walk cannot reach: " + string.Join("; ", unreachable));

        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var reached = new HashSet<string>();
        var seenByEditors = new HashSet<string>();
        foreach (var query in queries)
        {
            var anonymous = await api.PostAsync(query.Text);
            // A document that does not validate gets no data at all.
            Assert.True(anonymous.Body.TryGetProperty("data", out var data),
                $"{query.Target} built an invalid query: {query.Text}\n{string.Join("; ", anonymous.Errors)}");
            var leaked = drafts.Find(data).ToList();
            Assert.True(leaked.Count == 0, $"{query.Target} gave an anonymous caller the draft {string.Join(", ", leaked)}: {query.Text}");
            reached.Add(query.Target);
            var asEditor = await api.PostAsync(query.Text, bearer: editor);
            seenByEditors.UnionWith(asEditor.Body.TryGetProperty("data", out var editorData) ? drafts.Find(editorData) : []);
        }

        Assert.Empty(queries.Select(q => q.Target).Except(reached));
        // The same walk fails when a draft is there to be seen: editors get both drafts through the fields meant for them.
        Assert.Contains(drafts.StandardId, seenByEditors);
        Assert.Contains(drafts.RevisionId, seenByEditors);
    }

    private async Task<Drafts> DraftsAsync()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var code = TestStandards.NewCode();
        var draft = await client.NewDraftAsync(code, editor, ("1", "范围", $"{Word}适用范围。"), ("2", "要求", $"{Word}服务要求。"));
        var item = (await api.DataAsync("{ serviceItems(first: 1) { nodes { id } } }")).Items("serviceItems.nodes")[0].Str("id")!;

        var (revisedId, token) = await client.StandardAsync(Revised, editor);
        var revise = await client.MutateAsync("reviseStandard", "draft { id }",
            new { standardId = revisedId, expectedVersionToken = token, year = 2030 }, editor);
        Assert.Empty(revise.Items("errors"));
        var revision = await client.DraftOfAsync(Revised, editor);
        var put = await client.MutateAsync("putClause", "clause { id }",
            TestStandards.Merge(revision.Refs, new { number = "99", heading = "附加", text = $"{Word}修订条款。" }), editor);
        Assert.Empty(put.Items("errors"));

        var clauses = new List<string>();
        foreach (var standard in new[] { code, Revised })
        {
            var read = await api.PostAsync(
                "query($code: String!) { standard(code: $code) { draft { clauses(first: 100) { nodes { id } } } } }", new { code = standard }, editor);
            clauses.AddRange(read.Data.Items("standard.draft.clauses.nodes").Select(c => c.Str("id")!));
        }

        var versions = (await api.DataAsync($$"""{ standard(code: "{{Revised}}") { versions(first: 100) { nodes { id } } } }"""))
            .Items("standard.versions.nodes").Select(v => v.Str("id")!).ToList();
        await PublishedWithTheWordAsync(publisher, editor);
        return new Drafts(draft.StandardId, draft.DraftId, revision.DraftId, clauses, code, $"{Revised}-2030", item, versions[0], Word);
    }

    // The search index follows the change log: once a standard published after the drafts can be found, the projector
    // has seen every draft change before it.
    private async Task PublishedWithTheWordAsync(string publisher, string editor)
    {
        var code = TestStandards.NewCode();
        var draft = await client.NewDraftAsync(code, editor, ("1", "范围", $"{Word}已发布。"));
        var published = await client.MutateAsync("publishStandardVersion", "version { number }",
            TestStandards.Merge(draft.Refs, new { effectiveFrom = "2026-06-01" }), publisher);
        Assert.Empty(published.Items("errors"));
        await api.SearchReadyAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await api.DataAsync($$"""{ search(query: "{{Word}}") { nodes { standard { identity } } } }"""))
                   .Items("search.nodes").Any(n => n.Str("standard.identity") == code))
        {
            Assert.True(DateTime.UtcNow < deadline, "The published standard did not become searchable within 30 seconds.");
            await Task.Delay(50);
        }
    }
}
