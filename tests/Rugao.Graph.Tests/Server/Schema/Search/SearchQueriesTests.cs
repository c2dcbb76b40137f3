using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Search;

[Collection(SeededApiCollection.Name)]
public sealed class SearchQueriesTests(SeededApi api)
{
    private const string Search = """
        query($q: String!, $where: SearchFilter, $asOf: Date, $first: Int, $after: String) {
          search(query: $q, where: $where, asOf: $asOf, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            facets { areas { area { code } count } levels { level count } statuses { status count } departments { department { code } count } }
            nodes {
              __typename score snippet highlights { start length } standard { identity }
              ... on ClauseHit { path clause { number } version { code } }
            }
          }
        }
        """;

    [Fact]
    public async Task Search_TwoCharacterWord_FindsClausesWithHighlightsInsideTheSnippet()
    {
        await api.SearchReadyAsync();
        var data = await api.DataAsync(Search, new { q = "书屋" });

        var nodes = data.Items("search.nodes");
        Assert.True(data.Int("search.totalCount") > 0);
        Assert.All(nodes, hit =>
        {
            var snippet = hit.Str("snippet")!;
            Assert.All(hit.Items("highlights"), h => Assert.InRange(h.Int("start") + h.Int("length"), 1, snippet.Length));
        });
        var first = nodes[0];
        var span = first.Items("highlights")[0];
        Assert.Equal("书屋", first.Str("snippet")!.Substring(span.Int("start"), span.Int("length"))[..2]);
    }

    [Theory]
    [InlineData("GB/T 28220")]
    [InlineData("gbt28220")]
    [InlineData("GB/T28220-2023")]
    [InlineData("28220")]
    public async Task Search_StandardCodeInAnySpelling_PutsThatStandardFirst(string query)
    {
        await api.SearchReadyAsync();
        var data = await api.DataAsync(Search, new { q = query });

        Assert.Equal("GB/T 28220", data.Items("search.nodes")[0].Str("standard.identity"));
    }

    [Fact]
    public async Task Search_ClauseNumberWithinAStandard_FindsThatClause()
    {
        await api.SearchReadyAsync();
        var id = (await api.DataAsync("{ standard(code: \"DB3206/T 1001\") { id } }")).Str("standard.id");

        var data = await api.DataAsync(Search, new { q = "5.2.1", where = new { standard = new[] { id }, kinds = new[] { "CLAUSE" } } });

        var first = data.Items("search.nodes")[0];
        Assert.Equal("ClauseHit", first.Str("__typename"));
        Assert.Equal("5.2.1", first.Str("clause.number"));
        Assert.Equal("5 › 5.2 › 5.2.1", first.Str("path"));
    }

    [Fact]
    public async Task Search_FacetsCountEveryMatch_NotJustThePage()
    {
        await api.SearchReadyAsync();
        var data = await api.DataAsync(Search, new { q = "服务", first = 5 });

        var total = data.Int("search.totalCount");
        Assert.True(total > 5);
        Assert.Equal(total, data.Items("search.facets.levels").Sum(f => f.Int("count")));
        Assert.Equal(total, data.Items("search.facets.statuses").Sum(f => f.Int("count")));
        Assert.Equal(total, data.Items("search.facets.departments").Sum(f => f.Int("count")));
    }

    [Fact]
    public async Task Search_PagingWithAfter_ContinuesWithoutOverlap()
    {
        await api.SearchReadyAsync();
        var first = await api.DataAsync(Search, new { q = "服务", first = 5 });
        var second = await api.DataAsync(Search, new { q = "服务", first = 5, after = first.Str("search.pageInfo.endCursor") });

        var ids = first.Items("search.nodes").Concat(second.Items("search.nodes"))
            .Select(n => (n.Str("standard.identity"), n.TryGetProperty("clause", out var c) ? c.Str("number") : null)).ToList();
        Assert.Equal(10, ids.Count);
        Assert.Equal(10, ids.Distinct().Count());
    }

    [Fact]
    public async Task Search_AsOf_SearchesTheVersionInForceThatDay()
    {
        await api.SearchReadyAsync();
        var where = new { kinds = new[] { "CLAUSE" } };
        var old = await api.DataAsync(Search, new { q = "公共图书馆", where, asOf = "2020-01-01", first = 100 });
        var now = await api.DataAsync(Search, new { q = "公共图书馆", where, first = 100 });

        static IEnumerable<string?> Codes(System.Text.Json.JsonElement data) =>
            data.Items("search.nodes").Where(n => n.Str("standard.identity") == "GB/T 28220").Select(n => n.Str("version.code"));
        Assert.All(Codes(old), c => Assert.Equal("GB/T 28220-2011", c));
        Assert.All(Codes(now), c => Assert.Equal("GB/T 28220-2023", c));
        Assert.NotEmpty(Codes(old));
        Assert.NotEmpty(Codes(now));
    }

    [Theory]
    [InlineData("\"书屋")]
    [InlineData("书屋*")]
    [InlineData("title:书屋")]
    [InlineData("书屋~2")]
    [InlineData("(书屋 AND 12333) OR NOT [x TO y]")]
    [InlineData("书屋\\")]
    public async Task Search_QuerySyntaxTypedByUsers_IsTakenLiterally(string query)
    {
        await api.SearchReadyAsync();
        var response = await api.PostAsync(Search, new { q = query });

        Assert.Empty(response.Errors);
    }

    [Theory]
    [InlineData("", "请输入检索词")]
    [InlineData("   ", "请输入检索词")]
    [InlineData("？！。", "只有标点或符号")]
    [InlineData("\\", "只有标点或符号")]
    public async Task Search_NothingToSearch_IsACodedErrorSayingWhy(string query, string says)
    {
        var response = await api.PostAsync(Search, new { q = query });

        Assert.Equal(["SEARCH_QUERY_EMPTY"], response.ErrorCodes);
        Assert.Contains(says, Assert.Single(response.Errors).Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_TooLong_IsACodedError()
    {
        var response = await api.PostAsync(Search, new { q = new string('书', 201) });

        Assert.Equal(["SEARCH_QUERY_TOO_LONG"], response.ErrorCodes);
    }

    [Fact]
    public async Task Search_PagingPastTheWindow_IsACodedError()
    {
        var after = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("offset:9999")).TrimEnd('=');

        var response = await api.PostAsync("query($after: String) { search(query: \"服务\", after: $after) { totalCount } }", new { after });

        Assert.Equal(["SEARCH_PAGE_TOO_DEEP"], response.ErrorCodes);
    }

    [Fact]
    public async Task Suggest_CodePrefixAndTitlePrefix_CompleteToStandards()
    {
        await api.SearchReadyAsync();
        var data = await api.DataAsync("{ byCode: suggest(prefix: \"gbt282\") { code title } byTitle: suggest(prefix: \"公共图书馆\") { code standard { identity } } }");

        Assert.Contains(data.Items("byCode"), s => s.Str("code") == "GB/T 28220-2023");
        Assert.Contains(data.Items("byTitle"), s => s.Str("standard.identity") == "GB/T 28220");
    }
}
