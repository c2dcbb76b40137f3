using Rugao.Graph.Seeding;
using Rugao.Graph.Standards;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Seeding;

public sealed class SeedReaderTests
{
    [Fact]
    public void RepositorySeed_ReadsCleanly_WithThePromisedShapes()
    {
        var set = SeedReader.Read(RepositoryRoot.Combine("seed"));

        Assert.Equal(40, set.Standards.Count);
        Assert.True(set.Standards.Count(s => s.Versions[^1].Clauses.Count >= 15) >= 15);
        Assert.True(set.Standards.Count(s => s.Versions.Count >= 2 && s.Versions[^1].ChangedNumbers.Count > 0) >= 5);
        Assert.Equal(
            [StandardLevel.National, StandardLevel.Industry, StandardLevel.Local, StandardLevel.Group],
            set.Standards.Select(s => s.Level).Distinct().Order());
        Assert.Contains(set.Standards, s => s.Code.Prefix == "DB32/T");
        Assert.Contains(set.Standards, s => s.Code.Prefix == "DB3206/T");
        Assert.Contains(set.Standards, s => s.AbolishedOn is not null);
        Assert.Contains(set.Standards, s => s.Versions.All(v => v.EffectiveFrom > new DateOnly(2026, 11, 29)));
        Assert.Equal(["劳有所得", "学有所教", "文体服务保障"], set.Catalogs.Single().Areas.Select(a => a.Name).Order());
    }

    [Theory]
    [InlineData("standards/GB-T-28220.yaml", "title: 公共图书馆服务规范", "title: [公共图书馆服务规范", "standards/GB-T-28220.yaml", "YAML syntax")]
    [InlineData("standards/GB-T-28220.yaml", "title: 公共图书馆服务规范", "title: 公共图书馆服务规范\ncolour: red", "standards/GB-T-28220.yaml", "unknown key 'colour'")]
    [InlineData("standards/GB-T-28220.yaml", "department: mct", "department: nobody", "standards/GB-T-28220.yaml", "department 'nobody' does not exist")]
    [InlineData("standards/GB-T-28220.yaml", "publishedOn: 2011-12-30", "publishedOn: 2011-13-30", "standards/GB-T-28220.yaml", "must be a date")]
    [InlineData("standards/GB-T-28220.yaml", "level: NATIONAL", "level: COUNTY", "standards/GB-T-28220.yaml", "must be one of")]
    [InlineData("catalog/rugao-2021.yaml", "code: GB/T 28220", "code: GB/T 28999", "catalog/rugao-2021.yaml", "standard 'GB/T 28999' does not exist")]
    [InlineData("indicators.yaml", "direction: AT_LEAST", "direction: MORE", "indicators.yaml", "must be one of")]
    public void BrokenSeed_IsRefused_WithFileLineAndReason(string file, string oldText, string newText, string reportedFile, string reason)
    {
        using var seed = new SeedFolder();
        seed.Replace(file, oldText, newText);

        var exception = Assert.Throws<SeedValidationException>(() => SeedReader.Read(seed.Path));

        var error = exception.Errors.First(e => e.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(reportedFile, error.File);
        Assert.True(error.Line > 0);
        Assert.Contains($"{reportedFile}:{error.Line}:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClauseWithoutItsParent_IsRefusedAtItsLine()
    {
        using var seed = new SeedFolder();
        seed.Write("standards/T-TEST-001.yaml", """
            code: T/TEST 001
            title: 测试标准
            department: mct
            systemNode: TG-01
            versions:
              - year: 2024
                publishedOn: 2024-01-01
                effectiveFrom: 2024-02-01
                clauses:
                  - { number: "1", heading: 范围 }
                  - { number: "2.1", heading: 孤立条款 }
            """);

        var exception = Assert.Throws<SeedValidationException>(() => SeedReader.Read(seed.Path));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(("standards/T-TEST-001.yaml", 11), (error.File, error.Line));
        Assert.Contains("CLAUSE_PARENT_MISSING", error.Message, StringComparison.Ordinal);
    }
}
