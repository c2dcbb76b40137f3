using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Clauses;

[Collection(SeededApiCollection.Name)]
public sealed class ClauseHistoryTests(SeededApi api)
{
    private const string History = """
        query($number: String!) { standard(code: "GB/T 28220") { version(number: 2) { clause(number: $number) {
            history { version { number } clause { number heading } validFrom validTo substantive } } } } }
        """;

    [Fact]
    public async Task History_RenumberedClause_HasARevisionPerEdition()
    {
        var data = await api.DataAsync(History, new { number = "5.5" });

        var revisions = data.Items("standard.version.clause.history");
        Assert.Equal(2, revisions.Count);
        Assert.Equal(["4.4", "5.5"], revisions.Select(r => r.Str("clause.number")));
        Assert.Equal(["2012-05-01", "2023-07-01"], revisions.Select(r => r.Str("validFrom")));
        Assert.Equal("2023-06-30", revisions[0].Str("validTo"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, revisions[1].At("validTo").ValueKind);
        Assert.All(revisions, r => Assert.True(r.At("substantive").GetBoolean()));
    }

    [Fact]
    public async Task History_UnchangedClause_IsOneRevisionSpanningBothEditions()
    {
        var data = await api.DataAsync(History, new { number = "3.1" });

        var revision = Assert.Single(data.Items("standard.version.clause.history"));
        Assert.Equal(1, revision.Int("version.number"));
        Assert.Equal("2012-05-01", revision.Str("validFrom"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, revision.At("validTo").ValueKind);
    }

    [Fact]
    public async Task CurrentVersion_AsOf_GivesTheClauseTextOfThatDay()
    {
        var data = await api.DataAsync("""
            { before: standard(code: "GB/T 28220", asOf: "2020-01-01") { currentVersion { code
                  old: clause(number: "4.4") { heading lineageId } new: clause(number: "5.5") { heading } } }
              after: standard(code: "GB/T 28220", asOf: "2024-01-01") { currentVersion { code
                  old: clause(number: "4.4") { heading } new: clause(number: "5.5") { heading lineageId } } } }
            """);

        Assert.Equal("GB/T 28220-2011", data.Str("before.currentVersion.code"));
        Assert.Equal("服务公示", data.Str("before.currentVersion.old.heading"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("before.currentVersion.new").ValueKind);
        Assert.Equal("GB/T 28220-2023", data.Str("after.currentVersion.code"));
        Assert.Equal("服务公示与宣传", data.Str("after.currentVersion.new.heading"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.At("after.currentVersion.old").ValueKind);
        Assert.Equal(data.Str("before.currentVersion.old.lineageId"), data.Str("after.currentVersion.new.lineageId"));
    }
}
