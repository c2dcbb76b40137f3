using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Access;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Calls the editing mutations through the server and reads what they wrote, for the mutation tests.</summary>
internal sealed class EditingClient(SeededApi api)
{
    public const string Errors = "errors { code message path }";

    private static int nextCode = 5000;

    /// <summary>A standard code no other test uses.</summary>
    public static string NewCode() => $"DB3206/T {Interlocked.Increment(ref nextCode)}";

    /// <summary>A draft with chapters 1 and 2, clause 2.1 and clause 2.1.1.</summary>
    public Task<Draft> NewOutlineDraftAsync(string editor) => NewDraftAsync(NewCode(), editor,
        ("1", "范围", "本文件规定了……"), ("2", "要求", null), ("2.1", "时间", "服务时间不少于 8 小时。"), ("2.1.1", null, "节假日照常。"));

    public async Task<(string DepartmentId, string SystemNodeId)> ReferencesAsync()
    {
        var ids = await api.DataAsync("{ departments { id } standardSystem { id } }");
        return (ids.Items("departments")[0].Str("id")!, ids.Items("standardSystem")[0].Str("id")!);
    }

    public async Task<string> KeyAsync(Role role) =>
        (await api.Services.GetRequiredService<ApiKeyStore>().CreateAsync($"{role}-{Guid.NewGuid():N}", role, "test", default)).PlainText;

    /// <summary>Runs <c>name(input: $input) { selection errors }</c>, which must not fail as a whole, and returns its payload.</summary>
    public async Task<JsonElement> MutateAsync(string name, string selection, object input, string bearer)
    {
        var inputType = char.ToUpperInvariant(name[0]) + name[1..] + "Input";
        var response = await api.PostAsync(
            $"mutation($input: {inputType}!) {{ {name}(input: $input) {{ {selection} {Errors} }} }}", new { input }, bearer);
        Assert.True(response.Errors.Count == 0, "Unexpected errors: " + string.Join("; ", response.Errors));
        return response.Data.At(name);
    }

    /// <summary>The id and version token of a standard, published or not, as an editor reads them.</summary>
    public async Task<(string Id, string Token)> StandardAsync(string code, string bearer)
    {
        var response = await api.PostAsync("query($code: String!) { standard(code: $code) { id versionToken } }", new { code }, bearer);
        Assert.True(response.Errors.Count == 0, "Unexpected errors: " + string.Join("; ", response.Errors));
        return (response.Data.Str("standard.id")!, response.Data.Str("standard.versionToken")!);
    }

    public async Task<Draft> DraftOfAsync(string code, string bearer)
    {
        var response = await api.PostAsync(
            "query($code: String!) { standard(code: $code) { id versionToken draft { id versionToken } } }", new { code }, bearer);
        Assert.True(response.Errors.Count == 0, "Unexpected errors: " + string.Join("; ", response.Errors));
        return new Draft(response.Data.Str("standard.id")!, response.Data.Str("standard.draft.id")!,
            response.Data.Str("standard.versionToken")!, response.Data.Str("standard.draft.versionToken")!);
    }

    /// <summary>A new standard whose draft has the chapters and clauses given as (number, heading, text).</summary>
    public async Task<Draft> NewDraftAsync(string code, string editor, params (string Number, string? Heading, string? Text)[] clauses)
    {
        var (departmentId, systemNodeId) = await ReferencesAsync();
        var created = await MutateAsync("createStandard", "standard { id }",
            new { code, year = 2026, title = "测试服务规范", departmentId, systemNodeId }, editor);
        Assert.Empty(created.Items("errors"));
        foreach (var (number, heading, text) in clauses)
        {
            var draft = await DraftOfAsync(code, editor);
            var put = await MutateAsync("putClause", "clause { number }", Merge(draft.Refs, new { number, heading, text }), editor);
            Assert.Empty(put.Items("errors"));
        }

        return await DraftOfAsync(code, editor);
    }

    /// <summary>A new standard with chapters 1 and 2 and clause 2.1, published to take effect on <paramref name="effectiveFrom"/>.</summary>
    public async Task<string> NewPublishedAsync(string code, string effectiveFrom)
    {
        var editor = await KeyAsync(Role.Editor);
        var draft = await NewDraftAsync(code, editor, ("1", "范围", "本文件规定了……"), ("2", "要求", null), ("2.1", null, "服务时间不少于 8 小时。"));
        var published = await MutateAsync("publishStandardVersion", "version { number }",
            Merge(draft.Refs, new { effectiveFrom }), await KeyAsync(Role.Publisher));
        Assert.Empty(published.Items("errors"));
        return draft.StandardId;
    }

    /// <summary>A fingerprint of everything the mutations write: row counts and revisions.</summary>
    public async Task<string> WritesAsync()
    {
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>().CreateDbContextAsync();
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

    /// <summary>The properties of <paramref name="first"/> and then <paramref name="second"/>, as one input object.</summary>
    public static Dictionary<string, object?> Merge(object first, object second)
    {
        var values = new Dictionary<string, object?>();
        foreach (var part in new[] { first, second })
        {
            foreach (var property in JsonSerializer.SerializeToElement(part).EnumerateObject())
            {
                values[property.Name] = property.Value;
            }
        }

        return values;
    }

    internal sealed record Draft(string StandardId, string DraftId, string ExpectedVersionToken, string ExpectedDraftVersionToken)
    {
        public object Refs => new { draftId = DraftId, expectedVersionToken = ExpectedVersionToken, expectedDraftVersionToken = ExpectedDraftVersionToken };
    }
}
