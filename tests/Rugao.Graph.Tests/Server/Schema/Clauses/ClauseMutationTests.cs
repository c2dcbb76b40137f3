using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Clauses;

// Writes, so it has a database of its own.
public sealed class ClauseMutationTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "clause { number lineageId kind heading text } draft { clauseCount }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task PutClause_ExistingNumber_ReplacesTheContentAndKeepsTheLineage()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewOutlineDraftAsync(editor);
        var before = await LineageAsync(draft, editor, "2.1");

        var payload = await client.MutateAsync("putClause", Selection, TestStandards.Merge(draft.Refs, new { number = "2.1", text = "改后。" }), editor);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("改后。", payload.Str("clause.text"));
        Assert.Equal("时间", payload.Str("clause.heading"));
        Assert.Equal(before, payload.Str("clause.lineageId"));
        Assert.Equal(4, payload.Int("draft.clauseCount"));
    }

    [Fact]
    public async Task MoveClause_Subtree_IsRenumberedWithItsLineages()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewOutlineDraftAsync(editor);
        var child = await LineageAsync(draft, editor, "2.1.1");

        var payload = await client.MutateAsync("moveClause", Selection, TestStandards.Merge(draft.Refs, new { number = "2.1", newNumber = "1.1" }), editor);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal("1.1", payload.Str("clause.number"));
        Assert.Equal(child, await LineageAsync(draft, editor, "1.1.1"));
    }

    [Fact]
    public async Task DeleteClause_Chapter_RemovesItsSubtree()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewOutlineDraftAsync(editor);

        var payload = await client.MutateAsync("deleteClause", "draft { clauseCount }", TestStandards.Merge(draft.Refs, new { number = "2" }), editor);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal(1, payload.Int("draft.clauseCount"));
    }

    public static TheoryData<string, object, string, string[]> Mistakes() => new()
    {
        { "putClause", new { number = "2..1", text = "x" }, "INVALID_CLAUSE_NUMBER", ["number"] },
        { "putClause", new { number = "2.1.1.1.1.1.1", text = "x" }, "CLAUSE_TOO_DEEP", ["number"] },
        { "putClause", new { number = "2.2", kind = "APPENDIX", text = "x" }, "CLAUSE_KIND_MISMATCH", ["kind"] },
        { "putClause", new { number = "3", text = "x" }, "CLAUSE_HEADING_REQUIRED", ["heading"] },
        { "putClause", new { number = "2.2", heading = new string('标', 501) }, "TOO_LONG", ["heading"] },
        { "putClause", new { number = "2.2", text = new string('文', 20_001) }, "TOO_LONG", ["text"] },
        { "putClause", new { number = "4.1", text = "x" }, "CLAUSE_PARENT_MISSING", ["number"] },
        { "putClause", new { number = "2.2", expectedVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedVersionToken"] },
        { "putClause", new { number = "2.2", expectedDraftVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedDraftVersionToken"] },
        { "putClause", new { number = "2.2", draftId = "U3RhbmRhcmRWZXJzaW9uOjk5OTk5OQ" }, "NOT_FOUND", ["draftId"] },
        { "moveClause", new { number = "2.9", newNumber = "1.1" }, "CLAUSE_NOT_FOUND", ["number"] },
        { "moveClause", new { number = "x", newNumber = "1.1" }, "INVALID_CLAUSE_NUMBER", ["number"] },
        { "moveClause", new { number = "2.1", newNumber = "1..1" }, "INVALID_CLAUSE_NUMBER", ["newNumber"] },
        { "moveClause", new { number = "2.1", newNumber = "1.1.1.1.1.1" }, "CLAUSE_TOO_DEEP", ["newNumber"] },
        { "moveClause", new { number = "2.1.1", newNumber = "2.1" }, "CLAUSE_DUPLICATE", ["newNumber"] },
        { "moveClause", new { number = "2", newNumber = "2.1.1.5" }, "CLAUSE_MOVE_INTO_ITSELF", ["newNumber"] },
        { "moveClause", new { number = "2.1", newNumber = "7.1" }, "CLAUSE_PARENT_MISSING", ["newNumber"] },
        { "moveClause", new { number = "2.1", newNumber = "1.1", expectedVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedVersionToken"] },
        { "deleteClause", new { number = "2.9" }, "CLAUSE_NOT_FOUND", ["number"] },
        { "deleteClause", new { number = "" }, "INVALID_CLAUSE_NUMBER", ["number"] },
        { "deleteClause", new { number = "2", expectedDraftVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedDraftVersionToken"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task ClauseEdit_Mistake_IsUserErrorAtItsFieldAndWritesNothing(string mutation, object fields, string error, string[] path)
    {
        var payload = await EditAsync(mutation, fields);

        EditingClient.AssertError(payload, error, path);
    }

    [Theory]
    [InlineData("putClause", "{\"number\":\"9.1\",\"text\":\"x\"}", "CLAUSE_PARENT_MISSING", "number")]
    [InlineData("moveClause", "{\"number\":\"2.1.1\",\"newNumber\":\"2.1\"}", "CLAUSE_DUPLICATE", "newNumber")]
    [InlineData("deleteClause", "{\"number\":\"5\"}", "CLAUSE_NOT_FOUND", "number")]
    public async Task ClauseEdit_OneMistakeEach_MatchesSnapshot(string mutation, string fields, string error, string field)
    {
        var payload = await EditAsync(mutation, JsonDocument.Parse(fields).RootElement);

        EditingClient.AssertError(payload, error, field);
        Snapshot.Match(payload.At("errors").Pretty(), SnapshotNameExtension.Create(mutation));
    }

    private async Task<JsonElement> EditAsync(string mutation, object fields)
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await client.NewOutlineDraftAsync(editor);
        var before = await client.WritesAsync();
        var payload = await client.MutateAsync(mutation, "draft { clauseCount }", TestStandards.Merge(draft.Refs, fields), editor);
        Assert.Equal(JsonValueKind.Null, payload.At("draft").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }

    private async Task<string?> LineageAsync(EditingClient.Draft draft, string editor, string number)
    {
        var response = await api.PostAsync("query($id: ID!, $n: String!) { standard(id: $id) { draft { clause(number: $n) { lineageId } } } }",
            new { id = draft.StandardId, n = number }, editor);
        return response.Data.Str("standard.draft.clause.lineageId");
    }
}
