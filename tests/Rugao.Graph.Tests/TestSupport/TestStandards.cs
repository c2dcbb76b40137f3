using System.Text.Json;
using Rugao.Graph.Access;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>Standards a test makes through the API: the <c>createStandard</c> input, a new draft, a new published standard.</summary>
public static class TestStandards
{
    public const string Title = "测试服务规范";

    private static int nextCode = 5000;

    /// <summary>A standard code no other test uses.</summary>
    public static string NewCode() => $"DB3206/T {Interlocked.Increment(ref nextCode)}";

    /// <summary>The first seeded department and standard system node, which a new standard needs.</summary>
    public static async Task<(string DepartmentId, string SystemNodeId)> ReferencesAsync(GraphQLClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ids = await client.DataAsync("{ departments { id } standardSystem { id } }");
        return (ids.Items("departments")[0].Str("id")!, ids.Items("standardSystem")[0].Str("id")!);
    }

    /// <summary>A valid <c>CreateStandardInput</c> for <paramref name="code"/>, with <paramref name="extra"/> fields added or replaced.</summary>
    public static async Task<Dictionary<string, object?>> CreateInputAsync(GraphQLClient client, string code, string title = Title,
        object? extra = null)
    {
        var (departmentId, systemNodeId) = await ReferencesAsync(client);
        return Merge(new { code, year = 2026, title, departmentId, systemNodeId }, extra ?? new { });
    }

    /// <summary>Creates a standard as <paramref name="editor"/> (a change notice is committed with it) and returns its ID.</summary>
    public static async Task<string> CreateAsync(GraphQLClient editor, string code, string title = Title, object? extra = null)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var payload = await editor.MutateAsync("createStandard", "standard { id }", await CreateInputAsync(editor, code, title, extra));
        Assert.Empty(payload.Items("errors"));
        return payload.Str("standard.id")!;
    }

    /// <summary>A new standard with chapters 1 and 2 and clause 2.1, published to take effect on <paramref name="effectiveFrom"/>.</summary>
    public static async Task<string> CreatePublishedAsync(SeededApi api, string code, string effectiveFrom)
    {
        var editing = new EditingClient(api);
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var draft = await editing.NewDraftAsync(code, editor, ("1", "范围", "本文件规定了……"), ("2", "要求", null), ("2.1", null, "服务时间不少于 8 小时。"));
        var published = await api.GraphQL(await TestKeys.ForRoleAsync(api, Role.Publisher))
            .MutateAsync("publishStandardVersion", "version { number }", Merge(draft.Refs, new { effectiveFrom }));
        Assert.Empty(published.Items("errors"));
        return draft.StandardId;
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
}
