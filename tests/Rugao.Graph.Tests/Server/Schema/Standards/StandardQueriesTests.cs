using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

[Collection(SeededApiCollection.Name)]
public sealed class StandardQueriesTests(SeededApi api)
{
    [Fact]
    public async Task Standards_FilterByOneLevel_ListsOnlyThatLevel()
    {
        var data = await api.DataAsync("{ standards(first: 100, where: { level: LOCAL }) { totalCount nodes { level code } } }");

        var nodes = data.Items("standards.nodes");
        Assert.Equal(12, data.Int("standards.totalCount"));
        Assert.Equal(12, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("LOCAL", n.Str("level")));
    }

    [Fact]
    public async Task Standards_FilterByLevelList_CombinesWithOr()
    {
        var data = await api.DataAsync("{ standards(where: { level: [GROUP, INDUSTRY] }) { totalCount nodes { level } } }");

        Assert.Equal(9, data.Int("standards.totalCount"));
        Assert.All(data.Items("standards.nodes"), n => Assert.Contains(n.Str("level"), new[] { "GROUP", "INDUSTRY" }));
    }

    [Fact]
    public async Task Standards_PagingForward_VisitsEveryStandardOnce()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var data = await api.DataAsync(
                "query($after: String) { standards(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
                new { after });
            total = data.Int("standards.totalCount");
            seen.AddRange(data.Items("standards.nodes").Select(n => n.Str("id")!));
            after = data.At("standards.pageInfo.hasNextPage").GetBoolean() ? data.Str("standards.pageInfo.endCursor") : null;
        }
        while (after is not null);

        Assert.Equal(40, total);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Standards_LastBeforeCursor_ReturnsThePrecedingItems()
    {
        var all = await api.DataAsync("{ standards(first: 10) { edges { cursor node { code } } } }");
        var edges = all.Items("standards.edges");

        var data = await api.DataAsync("query($before: String) { standards(last: 3, before: $before) { pageInfo { hasPreviousPage } nodes { code } } }",
            new { before = edges[6].Str("cursor") });

        Assert.Equal(edges.Skip(3).Take(3).Select(e => e.Str("node.code")), data.Items("standards.nodes").Select(n => n.Str("code")));
        Assert.True(data.At("standards.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Standards_OrderByEffectiveOnDescending_IsSortedNewestFirst()
    {
        var data = await api.DataAsync("{ standards(first: 100, order: { field: EFFECTIVE_ON, direction: DESC }) { nodes { effectiveOn } } }");

        var dates = data.Items("standards.nodes").Select(n => n.Str("effectiveOn")!).ToList();
        Assert.Equal(40, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Standards_StatusFilter_FollowsTheAsOfDate()
    {
        const string query = "query($asOf: Date) { standards(asOf: $asOf, where: { status: ABOLISHED }) { nodes { identity } } }";

        var before = await api.DataAsync(query, new { asOf = "2023-06-29" });
        var after = await api.DataAsync(query, new { asOf = "2023-06-30" });

        Assert.Empty(before.Items("standards.nodes"));
        Assert.Equal(["T/RGJY 002"], after.Items("standards.nodes").Select(n => n.Str("identity")));
    }

    [Fact]
    public async Task Standards_TitleText_MatchesTitleAndCompactCode()
    {
        var byTitle = await api.DataAsync("{ standards(where: { title: \"公共图书馆\" }) { nodes { identity } } }");
        var byCode = await api.DataAsync("{ standards(where: { title: \"gbt28220\" }) { nodes { identity } } }");

        Assert.Contains("GB/T 28220", byTitle.Items("standards.nodes").Select(n => n.Str("identity")));
        Assert.Equal(["GB/T 28220"], byCode.Items("standards.nodes").Select(n => n.Str("identity")));
    }

    [Theory]
    [InlineData("GB/T 28220-2023")]
    [InlineData("gb/t28220-2023")]
    [InlineData("GBT28220")]
    [InlineData("ＧＢ／Ｔ　２８２２０－２０２３")]
    public async Task Standard_ByCodeInAnyWrittenForm_FindsTheSameStandard(string code)
    {
        var data = await api.DataAsync("query($code: String) { standard(code: $code) { identity code } }", new { code });

        Assert.Equal("GB/T 28220", data.Str("standard.identity"));
        Assert.Equal("GB/T 28220-2023", data.Str("standard.code"));
    }

    [Fact]
    public async Task Standard_CodeWithEarlierYear_PinsThatEdition()
    {
        var data = await api.DataAsync("{ standard(code: \"GB/T 28220-2011\") { code currentVersion { code effectiveTo } } }");

        Assert.Equal("GB/T 28220-2011", data.Str("standard.code"));
        Assert.Equal("2023-06-30", data.Str("standard.currentVersion.effectiveTo"));
    }

    [Fact]
    public async Task Standard_CodeWithoutYear_MeansTheEditionCurrentOnAsOf()
    {
        var data = await api.DataAsync(
            "{ old: standard(code: \"GB/T 28220\", asOf: \"2020-01-01\") { code } now: standard(code: \"GB/T 28220\") { code } }");

        Assert.Equal("GB/T 28220-2011", data.Str("old.code"));
        Assert.Equal("GB/T 28220-2023", data.Str("now.code"));
    }

    [Fact]
    public async Task Standard_SupersededChain_StatusesFollowTheSuccessorsEffectiveDates()
    {
        const string query = "query($asOf: Date) { standard(code: \"T/RGWT 001\", asOf: $asOf) { status supersededBy { identity status supersededBy { identity status supersedes { identity } } } } }";

        var now = await api.DataAsync(query);
        var in2022 = await api.DataAsync(query, new { asOf = "2022-01-01" });

        Assert.Equal("SUPERSEDED", now.Str("standard.status"));
        Assert.Equal("DB3206/T 1006", now.Str("standard.supersededBy.identity"));
        Assert.Equal("SUPERSEDED", now.Str("standard.supersededBy.status"));
        Assert.Equal("DB32/T 4815", now.Str("standard.supersededBy.supersededBy.identity"));
        Assert.Equal("CURRENT", now.Str("standard.supersededBy.supersededBy.status"));
        Assert.Equal(["DB3206/T 1006"], now.Items("standard.supersededBy.supersededBy.supersedes").Select(s => s.Str("identity")));
        Assert.Equal("CURRENT", in2022.Str("standard.supersededBy.status"));
    }

    [Fact]
    public async Task Standard_EffectiveDateAhead_IsUpcomingUntilThatDay()
    {
        const string query = "query($asOf: Date) { standard(code: \"DB3206/T 1136\", asOf: $asOf) { status effectiveOn } }";

        var today = await api.DataAsync(query);
        var onTheDay = await api.DataAsync(query, new { asOf = "2027-03-01" });

        Assert.Equal("UPCOMING", today.Str("standard.status"));
        Assert.Equal("2027-03-01", today.Str("standard.effectiveOn"));
        Assert.Equal("CURRENT", onTheDay.Str("standard.status"));
    }

    [Fact]
    public async Task Standard_Amendment_IsTheCurrentVersionAndEndsItsEdition()
    {
        var data = await api.DataAsync(
            "{ standard(code: \"JGJ 39\") { code currentVersion { kind label amendmentNumber } edition: version(number: 1) { effectiveTo } } }");

        Assert.Equal("JGJ 39-2016", data.Str("standard.code"));
        Assert.Equal("AMENDMENT", data.Str("standard.currentVersion.kind"));
        Assert.Equal("2019年版", data.Str("standard.currentVersion.label"));
        Assert.Equal("2019-09-30", data.Str("standard.edition.effectiveTo"));
    }

    [Fact]
    public async Task Standard_Detail_MatchesSnapshot()
    {
        var data = await api.DataAsync("""
            { standard(code: "GB/T 28220") {
                identity code title level nature status issuedOn effectiveOn
                department { code } systemNode { code } serviceItems { code }
                versions { totalCount nodes { number kind code publishedOn effectiveFrom effectiveTo clauseCount } } } }
            """);

        Assert.Equal(2, data.Int("standard.versions.totalCount"));
        Snapshot.Match(data.Pretty());
    }
}
