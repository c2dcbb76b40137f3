using System.Text;
using Rugao.Graph.Clauses;
using Rugao.Graph.Importing;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Importing;

public sealed class YamlImportTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private const string NewStandard = """
        code: DB3206/T 9960
        title: 公共体育场馆免费开放服务规范
        department: rg-jyj
        systemNode: TG-02
        versions:
          - year: 2026
            changeSummary: 征求意见稿。
            clauses:
              - { number: "1", heading: 范围, text: 本文件规定了公共体育场馆免费开放服务。 }
              - { number: "2", heading: 要求 }
              - { number: "2.1", text: 每周免费开放不少于 35 小时。 }
              - { kind: LIST_ITEM, text: a) 节假日照常开放； }
              - { number: "A", heading: 开放时间公示样式, normative: false }
        """;

    [Fact]
    public async Task Import_SeedFormatWithoutDates_WritesTheDraftWithItsClauses()
    {
        var before = await ImportFixture.RowCountAsync(database);

        var outcome = await ImportFixture.ImportAsync(database, Yaml("DB3206-T-9960.yaml", NewStandard));

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        Assert.Empty(outcome.Value!.Report);
        Assert.Equal(("DB3206/T 9960-2026", "征求意见稿。"), (outcome.Value.Draft.Code, outcome.Value.Draft.ChangeSummary));
        var clauses = await ImportFixture.ClausesAsync(database, outcome.Value.Draft.Id);
        Assert.Equal(["1", "2", "2.1", null, "A"], clauses.Select(c => c.Number));
        Assert.Equal((ClauseKind.ListItem, "2 › 2.1"), (clauses[3].Kind, clauses[3].Path));
        Assert.Equal(before + 1 + 1 + 5 + 1, await ImportFixture.RowCountAsync(database));
    }

    [Fact]
    public async Task Import_SeedFileOfAnExistingStandard_IsCodeTakenUnlessAsRevisionWithALaterYear()
    {
        var seedFile = await File.ReadAllTextAsync(RepositoryRoot.Combine("seed", "standards", "GB-T-28220.yaml"));

        var taken = await ImportFixture.ImportAsync(database, Yaml("GB-T-28220.yaml", seedFile));
        var sameYear = await ImportFixture.ImportAsync(database, Yaml("GB-T-28220.yaml", seedFile) with { AsRevision = true });
        var revised = await ImportFixture.ImportAsync(database, Yaml("GB-T-28220.yaml", seedFile) with { AsRevision = true, Year = 2027 });

        Assert.Equal([("CODE_TAKEN", "asRevision")], taken.Errors.Select(e => (e.Code, e.Path[0])));
        Assert.Equal([("YEAR_NOT_LATER", "year")], sameYear.Errors.Select(e => (e.Code, e.Path[0])));
        Assert.True(revised.Succeeded, string.Join("; ", revised.Errors));
        Assert.Equal("GB/T 28220-2027", revised.Value!.Draft.Code);
        var previous = await ImportFixture.ClausesAsync(database, revised.Value.Draft.BaseVersionId!.Value);
        var draft = await ImportFixture.ClausesAsync(database, revised.Value.Draft.Id);
        Assert.Equal(previous.Select(c => c.Lineage), draft.Select(c => c.Lineage));
    }

    [Theory]
    [InlineData("code: [unclosed\n", "INVALID_IMPORT_FILE")]
    [InlineData("code: DB3206/T 9961\ntitle: 测试\ndepartment: rg-jyj\nsystemNode: TG-02\nversions:\n  - year: 2026\n    clauses:\n      - { number: \"1.1\", heading: 跳级 }\n", "INVALID_IMPORT_FILE")]
    [InlineData("code: DB3206/T 9962\ntitle: 测试\ndepartment: no-such-department\nsystemNode: TG-02\nversions:\n  - year: 2026\n    clauses:\n      - { number: \"1\", heading: 范围 }\n", "IMPORT_DEPARTMENT_UNKNOWN")]
    [InlineData("code: DB3206/T 9963\ntitle: 测试\ndepartment: rg-jyj\nsystemNode: NOPE\nversions:\n  - year: 2026\n    clauses:\n      - { number: \"1\", heading: 范围 }\n", "IMPORT_SYSTEM_NODE_UNKNOWN")]
    public async Task Import_BadYaml_IsACodedErrorAtContentAndWritesNothing(string text, string code)
    {
        var before = await ImportFixture.RowCountAsync(database);

        var outcome = await ImportFixture.ImportAsync(database, Yaml("bad.yaml", text));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal((code, "content"), (error.Code, error.Path[0]));
        Assert.Matches(@"^\P{IsBasicLatin}", error.Message);
        Assert.Equal(before, await ImportFixture.RowCountAsync(database));
    }

    private static ImportCommand Yaml(string fileName, string text) => new() { FileName = fileName, Content = Encoding.UTF8.GetBytes(text) };
}
