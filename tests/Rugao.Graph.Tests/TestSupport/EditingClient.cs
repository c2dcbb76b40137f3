using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Drafts edited through the server, and a fingerprint of what the editing mutations wrote.</summary>
internal sealed class EditingClient(SeededApi api)
{
    public const string Errors = GraphQLClient.Errors;

    /// <summary>A draft with chapters 1 and 2, clause 2.1 and clause 2.1.1.</summary>
    public Task<Draft> NewOutlineDraftAsync(string editor) => NewDraftAsync(TestStandards.NewCode(), editor,
        ("1", "范围", "本文件规定了……"), ("2", "要求", null), ("2.1", "时间", "服务时间不少于 8 小时。"), ("2.1.1", null, "节假日照常。"));

    /// <summary>Runs <c>name(input: $input) { selection errors }</c> as <paramref name="bearer"/> and returns its payload.</summary>
    public Task<JsonElement> MutateAsync(string name, string selection, object input, string bearer) =>
        api.GraphQL(bearer).MutateAsync(name, selection, input);

    /// <summary>The id and version token of a standard, published or not, as an editor reads them.</summary>
    public async Task<(string Id, string Token)> StandardAsync(string code, string bearer)
    {
        var data = await api.GraphQL(bearer).DataAsync("query($code: String!) { standard(code: $code) { id versionToken } }", new { code });
        return (data.Str("standard.id")!, data.Str("standard.versionToken")!);
    }

    public async Task<Draft> DraftOfAsync(string code, string bearer)
    {
        var data = await api.GraphQL(bearer).DataAsync(
            "query($code: String!) { standard(code: $code) { id versionToken draft { id versionToken } } }", new { code });
        return new Draft(data.Str("standard.id")!, data.Str("standard.draft.id")!,
            data.Str("standard.versionToken")!, data.Str("standard.draft.versionToken")!);
    }

    /// <summary>A new standard whose draft has the chapters and clauses given as (number, heading, text).</summary>
    public async Task<Draft> NewDraftAsync(string code, string editor, params (string Number, string? Heading, string? Text)[] clauses)
    {
        await TestStandards.CreateAsync(api.GraphQL(editor), code);
        foreach (var (number, heading, text) in clauses)
        {
            var draft = await DraftOfAsync(code, editor);
            var put = await MutateAsync("putClause", "clause { number }", TestStandards.Merge(draft.Refs, new { number, heading, text }), editor);
            Assert.Empty(put.Items("errors"));
        }

        return await DraftOfAsync(code, editor);
    }

    /// <summary>A fingerprint of everything the mutations write: row counts and revisions.</summary>
    public async Task<string> WritesAsync()
    {
        await using var db = await api.OpenDbAsync();
        return string.Join('/', await db.ChangeEvents.CountAsync(), await db.Standards.CountAsync(),
            await db.Standards.SumAsync(s => s.Revision), await db.StandardVersions.CountAsync(),
            await db.StandardVersions.SumAsync(v => v.Revision), await db.Clauses.CountAsync());
    }

    /// <summary>Asserts that the payload reports <paramref name="code"/> at <c>input.path</c>.</summary>
    public static void AssertError(JsonElement payload, string code, params string[] path)
    {
        var errors = payload.Items("errors");
        var expected = new[] { "input" }.Concat(path).ToList();
        Assert.True(errors.Any(e => e.Str("code") == code && e.Items("path").Select(p => p.GetString()).SequenceEqual(expected)),
            $"Expected {code} at {string.Join('.', expected)}; got {payload.At("errors").Pretty()}");
        Assert.All(errors, e => Assert.Matches(@"^\P{IsBasicLatin}", e.Str("message")!));
    }

    internal sealed record Draft(string StandardId, string DraftId, string ExpectedVersionToken, string ExpectedDraftVersionToken)
    {
        public object Refs => new { draftId = DraftId, expectedVersionToken = ExpectedVersionToken, expectedDraftVersionToken = ExpectedDraftVersionToken };
    }
}
