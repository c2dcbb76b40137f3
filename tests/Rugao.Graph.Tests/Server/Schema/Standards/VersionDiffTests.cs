using System.Text.Json;
using Rugao.Graph.Server.Schema.Relay;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

[Collection(SeededApiCollection.Name)]
public sealed class VersionDiffTests(SeededApi api)
{
    private const string Diff = """
        query($code: String!, $against: ID!) { standard(code: $code) { version(number: 2) { diff(against: $against) {
            from { number } to { number } summary { added removed changed }
            added { number heading } removed { number heading }
            changed { before { number heading text } after { number heading text } renumbered substantive
                heading { kind text } text { kind text } } } } } }
        """;

    [Fact]
    public async Task Diff_GbT28220_ShowsTheRenumberedRemovedAndAddedClauses()
    {
        var diff = await DiffAsync("GB/T 28220", againstNumber: 1);

        Assert.Equal(1, diff.Int("from.number"));
        Assert.Equal(2, diff.Int("to.number"));
        Assert.Equal(["3.3"], Numbers(diff, "removed"));
        Assert.Equal(["5.6", "5.7"], Numbers(diff, "added"));
        Assert.Equal(["1", "5.1", "5.2", "5.4", "5.5", "6.1", "7.2", "A.2"],
            diff.Items("changed").Select(c => c.Str("after.number")));
        var moved = diff.Items("changed").Single(c => c.Str("after.number") == "5.5");
        Assert.Equal("4.4", moved.Str("before.number"));
        Assert.True(moved.At("renumbered").GetBoolean());
        Assert.True(moved.At("substantive").GetBoolean());
        Assert.Contains(moved.Items("heading"), s => s.Str("kind") == "INSERTED" && s.Str("text") == "与宣传");
        Assert.All(diff.Items("changed").Where(c => c.Str("after.number") != "5.5"), c => Assert.False(c.At("renumbered").GetBoolean()));
        Assert.Equal(new[] { 2, 1, 8 }, new[] { diff.Int("summary.added"), diff.Int("summary.removed"), diff.Int("summary.changed") });
    }

    [Theory]
    [InlineData("GB/T 28220")]
    [InlineData("GB/T 24421.2")]
    [InlineData("GB/T 1.1")]
    [InlineData("JGJ 39")]
    [InlineData("DB3206/T 1007")]
    public async Task Diff_EveryMultiVersionStandard_SegmentsReassembleToTheOldAndNewTexts(string code)
    {
        var diff = await DiffAsync(code, againstNumber: 1);

        Assert.NotEmpty(diff.Items("changed"));
        foreach (var change in diff.Items("changed"))
        {
            foreach (var part in new[] { "heading", "text" })
            {
                Assert.Equal(change.Str("before." + part) ?? string.Empty, Reassemble(change.Items(part), "DELETED"));
                Assert.Equal(change.Str("after." + part) ?? string.Empty, Reassemble(change.Items(part), "INSERTED"));
            }
        }
    }

    [Theory]
    [InlineData("GB/T 24421.2", "1,2,4.2,4.3,4.3.1,4.3.2,5", "")]
    [InlineData("GB/T 1.1", "1,3.1,3.2,4,5,6,7,8,9,10", "")]
    [InlineData("DB3206/T 1007", "5.1,5.5,5.6,6.1,6.3,7.1,A,A.2", "4.3")]
    public async Task Diff_SeedEditions_ChangeExactlyTheClausesTheNewEditionNames(string code, string named, string removed)
    {
        var diff = await DiffAsync(code, againstNumber: 1);

        var touched = Numbers(diff, "added").Concat(diff.Items("changed").Select(c => c.Str("after.number")).OfType<string>());
        Assert.Equal(named.Split(',').Order(StringComparer.Ordinal), touched.Order(StringComparer.Ordinal));
        Assert.Equal(removed.Split(',', StringSplitOptions.RemoveEmptyEntries), Numbers(diff, "removed"));
    }

    [Fact]
    public async Task Diff_Jgj39Amendment_ChangesOnlyTheClausesTheAmendmentNames()
    {
        var ids = await VersionIdsAsync("JGJ 39");
        var small = await api.DataAsync("""
            query($against: ID!) { standard(code: "JGJ 39") { version(number: 2) { diff(against: $against) {
                from { code label } to { code label } summary { added removed changed }
                added { number heading } removed { number } changed { after { number } renumbered substantive } } } } }
            """, new { against = ids[1] });
        var diff = await DiffAsync("JGJ 39", againstNumber: 1);

        Snapshot.Match(small.Pretty());
        Assert.Equal(["3.3"], Numbers(diff, "added"));
        Assert.Empty(diff.Items("removed"));
        var change = Assert.Single(diff.Items("changed"));
        Assert.Equal("4.1.3", change.Str("after.number"));
        Assert.True(change.At("substantive").GetBoolean());
        Assert.Contains(change.Items("text"), s => s.Str("kind") == "DELETED" && s.Str("text")!.Contains('四', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_AgainstTheNewerVersion_StillGoesFromOlderToNewer()
    {
        var ids = await VersionIdsAsync("GB/T 28220");
        var data = await api.DataAsync("""
            query($against: ID!) { standard(code: "GB/T 28220") { version(number: 1) { diff(against: $against) {
                from { number } to { number } summary { added removed changed } } } } }
            """, new { against = ids[2] });

        Assert.Equal(1, data.Int("standard.version.diff.from.number"));
        Assert.Equal(2, data.Int("standard.version.diff.to.number"));
        Assert.Equal(2, data.Int("standard.version.diff.summary.added"));
    }

    [Fact]
    public async Task Diff_AgainstAVersionOfAnotherStandard_IsACodedError()
    {
        var other = await VersionIdsAsync("JGJ 39");

        var response = await api.PostAsync(Diff, new { code = "GB/T 28220", against = other[1] });

        Assert.Equal(["DIFF_ACROSS_STANDARDS"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("not-an-id", "INVALID_ID")]
    [InlineData("U3RhbmRhcmQ6MQ", "INVALID_ID")]
    [InlineData(null, "VERSION_NOT_FOUND")]
    public async Task Diff_AgainstABadId_IsACodedError(string? against, string code)
    {
        var response = await api.PostAsync(Diff, new { code = "GB/T 28220", against = against ?? GlobalId.Encode("StandardVersion", 999_999) });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Diff_WithNestedEdges_CostsTheSameStatementsForFewAndManyChanges()
    {
        const string Deep = """
            query($code: String!, $against: ID!) { standard(code: $code) { version(number: 2) { diff(against: $against) {
                from { code effectiveTo } added { number parent { number } version { code } }
                changed { before { number version { code } } after { parent { number } history { validFrom version { code } } }
                    text { kind } } } } } }
            """;
        var library = await VersionIdsAsync("GB/T 28220");
        var kindergarten = await VersionIdsAsync("JGJ 39");

        api.Commands.Reset();
        var few = await api.DataAsync(Deep, new { code = "JGJ 39", against = kindergarten[1] });
        var fewStatements = api.Commands.Count;
        api.Commands.Reset();
        var many = await api.DataAsync(Deep, new { code = "GB/T 28220", against = library[1] });
        var manyStatements = api.Commands.Count;

        Assert.Single(few.Items("standard.version.diff.changed"));
        Assert.Equal(8, many.Items("standard.version.diff.changed").Count);
        Assert.Equal(fewStatements, manyStatements);
        Assert.InRange(manyStatements, 1, 12);
    }

    private async Task<JsonElement> DiffAsync(string code, int againstNumber)
    {
        var ids = await VersionIdsAsync(code);
        var data = await api.DataAsync(Diff, new { code, against = ids[againstNumber] });
        return data.At("standard.version.diff");
    }

    private async Task<Dictionary<int, string>> VersionIdsAsync(string code)
    {
        var data = await api.DataAsync("query($code: String!) { standard(code: $code) { versions(first: 10) { nodes { id number } } } }", new { code });
        return data.Items("standard.versions.nodes").ToDictionary(v => v.Int("number"), v => v.Str("id")!);
    }

    private static List<string?> Numbers(JsonElement diff, string list) =>
        diff.Items(list).Select(c => c.Str("number")).Where(n => n is not null).ToList();

    private static string Reassemble(IEnumerable<JsonElement> segments, string besidesUnchanged) =>
        string.Concat(segments.Where(s => s.Str("kind") is "UNCHANGED" || s.Str("kind") == besidesUnchanged).Select(s => s.Str("text")));
}
