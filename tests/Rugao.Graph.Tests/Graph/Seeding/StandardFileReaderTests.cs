using Rugao.Graph.Seeding;
using Rugao.Graph.Seeding.Documents;

namespace Rugao.Graph.Tests.Graph.Seeding;

public sealed class StandardFileReaderTests
{
    private const string TwoVersions = """
        code: T/TEST 002
        title: 测试标准
        department: mct
        systemNode: TG-01
        versions:
          - year: 2020
            publishedOn: 2020-01-01
            effectiveFrom: 2020-02-01
            clauses:
              - { number: "1", heading: 范围, text: 本文件规定了测试。 }
              - { number: "4", heading: 要求 }
              - { number: "4.1", heading: 开放, text: 每周开放不少于40小时。 }
              - { kind: LIST_ITEM, text: a) 节假日正常开放； }
              - { number: "4.2", heading: 藏书, text: 藏书不少于10000册。 }
              - { number: "4.3", heading: 旧条款, text: 将被删除。 }
              - { number: "4.3.1", heading: 旧子条款, text: 随之删除。 }
              - { number: "A", heading: 附录, normative: false }
              - { number: "A.1", heading: 表格, text: 示例。 }
          - year: 2024
            publishedOn: 2024-01-01
            effectiveFrom: 2024-03-01
            changes:
              - { number: "4.2", text: 藏书不少于12000册。 }
              - { number: "4.3", remove: true }
              - { number: "4.4", was: "4.1" }
              - { number: "4.1", heading: 新开放, text: 每周开放不少于56小时。 }
        """;

    [Fact]
    public void Changes_RewordRemoveAndRenumber_KeepIdentitiesWhereTheyShould()
    {
        var document = Read(TwoVersions);

        var (first, second) = (document.Versions[0].Clauses, document.Versions[1].Clauses);
        Assert.Equal(["1", "4", "4.1", "4.2", "4.4", null, "A", "A.1"], second.Select(c => c.Number));
        Assert.Equal(Lineage(first, "4.1"), Lineage(second, "4.4"));
        Assert.NotEqual(Lineage(first, "4.1"), Lineage(second, "4.1"));
        Assert.Equal(Lineage(first, "4.2"), Lineage(second, "4.2"));
        Assert.Equal("藏书不少于12000册。", second.Single(c => c.Number == "4.2").Text);
        var listItem = second.Single(c => c.Kind == Rugao.Graph.Clauses.ClauseKind.ListItem);
        Assert.Equal("4.4", second[listItem.Parent!.Value].Number);
        Assert.Equal(["4.1", "4.2", "4.4", "4.3", "4.3.1"], document.Versions[1].ChangedNumbers);
    }

    [Fact]
    public void AppendixChildren_InheritItsInformativeNature()
    {
        var clauses = Read(TwoVersions).Versions[0].Clauses;

        Assert.False(clauses.Single(c => c.Number == "A.1").Normative);
        Assert.True(clauses.Single(c => c.Number == "4.1").Normative);
        Assert.Equal("4 › 4.3 › 4.3.1", clauses.Single(c => c.Number == "4.3.1").Path);
    }

    [Fact]
    public void SameFile_ReadTwice_GivesTheSameLineages()
    {
        Assert.Equal(
            Read(TwoVersions).Versions[1].Clauses.Select(c => c.Lineage),
            Read(TwoVersions).Versions[1].Clauses.Select(c => c.Lineage));
    }

    [Fact]
    public void CodeWithYear_IsRefused()
    {
        var errors = new SeedErrors();
        var node = YamlFile.Parse(new StringReader(TwoVersions.Replace("T/TEST 002", "T/TEST 002-2020", StringComparison.Ordinal)), "t.yaml", errors)!;

        StandardFileReader.Read(node, errors);

        Assert.Contains(errors.All, e => e.Line == 1 && e.Message.Contains("without its year", StringComparison.Ordinal));
    }

    private static StandardDocument Read(string yaml)
    {
        var errors = new SeedErrors();
        var document = StandardFileReader.Read(YamlFile.Parse(new StringReader(yaml), "t.yaml", errors)!, errors);
        Assert.Empty(errors.All);
        return document!;
    }

    private static Guid Lineage(IReadOnlyList<ClauseDocument> clauses, string number) => clauses.Single(c => c.Number == number).Lineage;
}
