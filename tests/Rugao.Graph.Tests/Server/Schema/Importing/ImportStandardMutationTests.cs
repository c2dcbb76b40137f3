using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.Graph.Importing;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Importing;

// Writes, so it has a database of its own.
public sealed class ImportStandardMutationTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Import = """
        mutation($input: ImportStandardInput!) { importStandard(input: $input) {
          standard { code title } draft { code isDraft clauses { nodes { number } } } clauseCount
          report { paragraph excerpt code } errors { code message path } } }
        """;

    [Fact]
    public async Task ImportStandard_WordDocument_ReturnsTheDraftAndWhatWasLeftOut()
    {
        var file = new DocxBuilder()
            .Paragraphs("DB3206/T 9970-2026", "社区卫生服务规范", "1 范围", "本文件规定了社区卫生服务。", "1.1.1 跳级", "2 要求")
            .Build();
        var (department, node) = await ReferencesAsync();

        var response = await api.PostAsync(Import, new
        {
            input = new { fileName = "社区卫生服务规范.docx", content = Convert.ToBase64String(file), departmentId = department, systemNodeId = node },
        }, await TestKeys.ForRoleAsync(api, Role.Admin));

        Assert.Empty(response.Errors);
        var payload = response.Data.At("importStandard");
        Assert.Empty(payload.Items("errors"));
        Assert.Equal("DB3206/T 9970-2026", payload.Str("draft.code"));
        Assert.True(payload.At("draft.isDraft").GetBoolean());
        Assert.Equal("社区卫生服务规范", payload.Str("standard.title"));
        Assert.Equal(3, payload.Int("clauseCount"));
        var left = Assert.Single(payload.Items("report"));
        Assert.Equal((4, "CLAUSE_PARENT_MISSING"), (left.Int("paragraph"), left.Str("code")));
    }

    [Fact]
    public async Task ImportStandard_YamlWithFormat_ImportsUnderTheFilesDepartment()
    {
        var yaml = "code: DB3206/T 9971\ntitle: 测试规范\ndepartment: rg-jyj\nsystemNode: TG-02\nversions:\n  - year: 2026\n    clauses:\n      - { number: \"1\", heading: 范围 }\n";

        var response = await api.PostAsync(Import, new
        {
            input = new { fileName = "upload", format = "YAML", content = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(yaml)) },
        }, await TestKeys.ForRoleAsync(api, Role.Admin));

        Assert.Empty(response.Data.Items("importStandard.errors"));
        Assert.Equal("DB3206/T 9971-2026", response.Data.Str("importStandard.draft.code"));
    }

    [Fact]
    public async Task ImportStandard_NotBase64_IsUnreadableAtInputContent()
    {
        var response = await api.PostAsync(Import, new { input = new { fileName = "a.docx", content = "not base64!" } }, await TestKeys.ForRoleAsync(api, Role.Admin));

        var error = Assert.Single(response.Data.Items("importStandard.errors"));
        Assert.Equal("IMPORT_FILE_UNREADABLE", error.Str("code"));
        Assert.Equal(["input", "content"], error.Items("path").Select(p => p.GetString()));
    }

    [Fact]
    public async Task ImportStandard_RandomBytes_IsUnreadableAndWritesNothing_MatchesSnapshot()
    {
        var bytes = new byte[512];
        new Random(7).NextBytes(bytes);

        var response = await api.PostAsync(Import, new { input = new { fileName = "broken.docx", content = Convert.ToBase64String(bytes) } },
            await TestKeys.ForRoleAsync(api, Role.Admin));

        Assert.Equal("IMPORT_FILE_UNREADABLE", Assert.Single(response.Data.Items("importStandard.errors")).Str("code"));
        Assert.Equal(JsonValueKind.Null, response.Data.At("importStandard.draft").ValueKind);
        Snapshot.Match(response.Body.Pretty());
    }

    private async Task<(string Department, string Node)> ReferencesAsync()
    {
        var data = await api.DataAsync("{ departments { id code } standardSystem { id code } }");
        var department = data.Items("departments").First(d => d.Str("code") == "rg-jyj").Str("id")!;
        return (department, data.Items("standardSystem")[0].Str("id")!);
    }
}
