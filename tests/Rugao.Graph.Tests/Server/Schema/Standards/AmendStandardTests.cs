using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class AmendStandardTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "version { id number kind year amendmentNumber code label publishedOn effectiveFrom } standard { versionToken }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task AmendStandard_Jgj39_PublishesAnAmendmentWithTheChangesAndKeepsLineages()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync("JGJ 39", publisher);
        var before = await LineagesAsync("JGJ 39", 2);

        var payload = await client.MutateAsync("amendStandard", Selection, new
        {
            standardId = id, expectedVersionToken = token, effectiveFrom = "2026-09-01", label = "2026年版", changeSummary = "局部修订。",
            changes = new object[]
            {
                new { number = "4.1.9", text = "护栏净高不应小于1.30m。", mandatory = true },
                new { number = "3.3.1", text = "合建时应设独立出入口。" },
                new { number = "4.1.12", remove = true },
            },
        }, publisher);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal(3, payload.Int("version.number"));
        Assert.Equal("AMENDMENT", payload.Str("version.kind"));
        Assert.Equal(2016, payload.Int("version.year"));
        Assert.Equal(2, payload.Int("version.amendmentNumber"));
        Assert.Equal("JGJ 39-2016", payload.Str("version.code"));
        Assert.Equal("2026年版", payload.Str("version.label"));
        Assert.Equal("2026-06-01", payload.Str("version.publishedOn"));
        Assert.Equal("2026-09-01", payload.Str("version.effectiveFrom"));
        Assert.NotEqual(token, payload.Str("standard.versionToken"));

        var after = await LineagesAsync("JGJ 39", 3);
        Assert.Equal(before["4.1.9"], after["4.1.9"]);
        Assert.Equal(before["3.3"], after["3.3"]);
        Assert.False(after.ContainsKey("4.1.12"));
        Assert.True(after.ContainsKey("3.3.1"));
        Assert.Equal(before.Count, after.Count);
        var amended = await api.DataAsync("""
            { standard(code: "JGJ 39", asOf: "2026-09-01") { currentVersion { number clause(number: "4.1.9") { text mandatory } } }
              before: standard(code: "JGJ 39") { currentVersion { number } } }
            """);
        Assert.Equal(3, amended.Int("standard.currentVersion.number"));
        Assert.Equal("护栏净高不应小于1.30m。", amended.Str("standard.currentVersion.clause.text"));
        Assert.Equal(2, amended.Int("before.currentVersion.number"));

        var change = await ChangeLogHead.LastEventAsync(api);
        Assert.Equal(ChangeKind.Amended, change.Kind);
        Assert.Equal("4.1.9 3.3.1 4.1.12", change.ClauseNumbers);
        Assert.Equal(new DateOnly(2026, 9, 1), change.EffectiveOn);
        Assert.StartsWith("Publisher-", change.Actor, StringComparison.Ordinal);
    }

    public static TheoryData<string, object, string, string[]> Mistakes() => new()
    {
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = Array.Empty<object>() }, "REQUIRED", ["changes"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = Enumerable.Range(1, 501).Select(i => new { number = $"5.{i}", text = "x" }).ToArray() }, "TOO_MANY_CHANGES", ["changes"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "5..1", text = "x" } } }, "INVALID_CLAUSE_NUMBER", ["changes", "0", "number"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "5.1", text = "x" }, new { number = "9.1", text = "x" } } }, "CLAUSE_PARENT_MISSING", ["changes", "1", "number"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "5.1", text = "x" }, new { number = "5.1", text = "y" } } }, "CHANGE_REPEATED", ["changes", "1", "number"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "5.8", kind = "CHAPTER", text = "x" } } }, "CLAUSE_KIND_MISMATCH", ["changes", "0", "kind"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "9", text = "x" } } }, "CLAUSE_HEADING_REQUIRED", ["changes", "0", "heading"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "5.1", text = new string('字', 20_001) } } }, "TOO_LONG", ["changes", "0", "text"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "9.9", remove = true } } }, "CLAUSE_NOT_FOUND", ["changes", "0", "number"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", label = new string('版', 501), changes = new[] { new { number = "5.1", text = "x" } } }, "TOO_LONG", ["label"] },
        { "GB/T 28220", new { effectiveFrom = "2026-09-01", changeSummary = new string('改', 20_001), changes = new[] { new { number = "5.1", text = "x" } } }, "TOO_LONG", ["changeSummary"] },
        { "GB/T 28220", new { publishedOn = "2026-06-02", effectiveFrom = "2026-09-01", changes = new[] { new { number = "5.1", text = "x" } } }, "PUBLISHED_IN_FUTURE", ["publishedOn"] },
        { "GB/T 28220", new { publishedOn = "2026-05-01", effectiveFrom = "2026-04-30", changes = new[] { new { number = "5.1", text = "x" } } }, "EFFECTIVE_BEFORE_PUBLISHED", ["effectiveFrom"] },
        { "GB/T 28220", new { publishedOn = "2023-05-01", effectiveFrom = "2023-07-01", changes = new[] { new { number = "5.1", text = "x" } } }, "EFFECTIVE_BEFORE_PREVIOUS", ["effectiveFrom"] },
        { "T/RGJY 002", new { effectiveFrom = "2026-09-01", changes = new[] { new { number = "1", text = "x" } } }, "STANDARD_ABOLISHED", ["standardId"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task AmendStandard_Mistake_IsUserErrorAtItsFieldAndWritesNothing(string code, object fields, string error, string[] path)
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync(code, publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("amendStandard", Selection,
            TestStandards.Merge(fields, new { standardId = id, expectedVersionToken = token }), publisher);

        EditingClient.AssertError(payload, error, path);

        Assert.Equal(JsonValueKind.Null, payload.At("version").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task AmendStandard_NeverPublished_IsNotPublished()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var draft = await client.NewDraftAsync("DB3206/T 9801", await TestKeys.ForRoleAsync(api, Role.Editor), ("1", "范围", null));
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("amendStandard", Selection, new
        {
            standardId = draft.StandardId, expectedVersionToken = draft.ExpectedVersionToken, effectiveFrom = "2026-09-01",
            changes = new[] { new { number = "1", text = "x" } },
        }, publisher);

        EditingClient.AssertError(payload, "NOT_PUBLISHED", "standardId");
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task AmendStandard_UnknownStandard_IsNotFound()
    {
        var payload = await client.MutateAsync("amendStandard", Selection, new
        {
            standardId = "U3RhbmRhcmQ6OTk5OTk5", expectedVersionToken = "x", effectiveFrom = "2026-09-01",
            changes = new[] { new { number = "1", text = "x" } },
        }, await TestKeys.ForRoleAsync(api, Role.Publisher));

        EditingClient.AssertError(payload, "NOT_FOUND", "standardId");
    }

    [Fact]
    public async Task AmendStandard_StaleToken_IsConflictAndWritesNothing_MatchesSnapshot()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, _) = await client.StandardAsync("GB/T 28222", publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("amendStandard", Selection, new
        {
            standardId = id, expectedVersionToken = "U3RhbmRhcmQ6MTow", effectiveFrom = "2026-09-01",
            changes = new[] { new { number = "1", text = "x" } },
        }, publisher);

        EditingClient.AssertError(payload, "CONFLICT", "expectedVersionToken");
        Assert.Equal(before, await client.WritesAsync());
        Snapshot.Match(payload.At("errors").Pretty());
    }

    private async Task<Dictionary<string, string>> LineagesAsync(string code, int number)
    {
        var data = await api.DataAsync("query($code: String!, $n: Int!) { standard(code: $code) { version(number: $n) { clauses(first: 100) { nodes { number lineageId } } } } }",
            new { code, n = number });
        return data.Items("standard.version.clauses.nodes").Where(n => n.At("number").ValueKind == JsonValueKind.String)
            .ToDictionary(n => n.Str("number")!, n => n.Str("lineageId")!);
    }
}
