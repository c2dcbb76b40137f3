using Rugao.Graph.Search;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch.Live;

/// <summary>
/// The engine-neutral search behaviour, against a real cluster holding the seed corpus. Written only against
/// <see cref="ISearchEngine"/> so these tests can move to the shared behaviour base both engines run.
/// </summary>
public sealed class ElasticsearchLiveSearchTests(LiveSearchIndex index) : IClassFixture<LiveSearchIndex>
{
    private const string GbT28220 = "GBT28220";
    private static readonly DateOnly Today = new(2026, 11, 1);

    [ElasticsearchTheory]
    [InlineData("GB/T 28220")]
    [InlineData("gbt28220")]
    [InlineData("GB/T28220-2023")]
    [InlineData("28220")]
    public async Task Search_AnyCodeSpelling_FindsGBT28220First(string text)
    {
        var id = await index.StandardIdAsync(GbT28220);

        var matches = await SearchAsync(text, Today);

        Assert.Equal(id, matches.Page[0].Document.StandardId);
    }

    [ElasticsearchTheory]
    [InlineData("办园", "DB3206T1002")]
    [InlineData("仲裁", "DB3206T1005")]
    [InlineData("书屋", "DB3206T1008")]
    public async Task Search_TwoCharacters_MatchWhereverTheyOccur(string text, string compactKey)
    {
        var id = await index.StandardIdAsync(compactKey);

        var matches = await SearchAsync(text, Today, kinds: [SearchKind.Clause]);

        Assert.Contains(id, matches.CountByStandard.Keys);
        Assert.Contains(matches.Page, m => $"{m.Document.ClauseHeading}{m.Document.ClauseText}".Contains(text, StringComparison.Ordinal));
    }

    [ElasticsearchTheory]
    [InlineData("2020-01-01", "GB/T 28220-2011")]
    [InlineData("2023-06-30", "GB/T 28220-2011")]
    [InlineData("2023-07-01", "GB/T 28220-2023")]
    [InlineData("2026-11-01", "GB/T 28220-2023")]
    public async Task Search_AsOf_ShowsTheEditionInForceThatDay(string day, string edition)
    {
        var id = await index.StandardIdAsync(GbT28220);

        var matches = await SearchAsync("服务公示", DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), [id], [SearchKind.Clause]);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Equal(edition, m.Document.VersionCode));
    }

    [ElasticsearchFact]
    public async Task Search_StandardIds_OnlyThoseStandards()
    {
        var id = await index.StandardIdAsync(GbT28220);

        var matches = await SearchAsync("服务", Today, [id]);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Equal(id, m.Document.StandardId));
        Assert.Equal([id], matches.CountByStandard.Keys);
    }

    [ElasticsearchFact]
    public async Task Search_CountByStandard_SumsToTotalCount()
    {
        var matches = await SearchAsync("服务", Today);

        Assert.True(matches.TotalCount > 10, $"only {matches.TotalCount} matches");
        Assert.Equal(matches.TotalCount, matches.CountByStandard.Values.Sum());
    }

    [ElasticsearchFact]
    public async Task Search_KindsStandard_OnlyStandardDocuments()
    {
        var matches = await SearchAsync("服务规范", Today, kinds: [SearchKind.Standard]);

        Assert.NotEmpty(matches.Page);
        Assert.All(matches.Page, m => Assert.Equal(SearchKind.Standard, m.Document.Kind));
    }

    [ElasticsearchFact]
    public async Task Search_Pages_DisjointInScoreOrderWithOneTotal()
    {
        var first = await SearchAsync("服务", Today, limit: 5);
        var second = await SearchAsync("服务", Today, offset: 5, limit: 5);

        Assert.Equal(first.TotalCount, second.TotalCount);
        Assert.Empty(first.Page.Select(m => m.Document.Id).Intersect(second.Page.Select(m => m.Document.Id)));
        Assert.True(first.Page[^1].Score >= second.Page[0].Score);
    }

    [ElasticsearchTheory]
    [InlineData("公共图书馆")]
    [InlineData("gbt282")]
    public async Task Suggest_TitleOrCodePrefix_OffersGBT28220(string prefix)
    {
        var id = await index.StandardIdAsync(GbT28220);

        var suggestions = await index.Engine.SuggestAsync(prefix, 5, CancellationToken.None);

        Assert.Contains(suggestions, s => s.StandardId == id && s.Kind == SearchKind.Standard);
    }

    [ElasticsearchFact]
    public async Task Replace_Standard_SearchableAtOnceWithTheSameDocuments()
    {
        var id = await index.StandardIdAsync(GbT28220);
        var before = await SearchAsync("服务", Today, [id]);

        await index.Engine.ReplaceStandardsAsync([id], [], CancellationToken.None);
        var gone = await SearchAsync("服务", Today, [id]);
        await index.Engine.ReplaceStandardsAsync([id], await index.Documents.ForStandardsAsync([id], CancellationToken.None), CancellationToken.None);
        var back = await SearchAsync("服务", Today, [id]);

        Assert.Equal(0, gone.TotalCount);
        Assert.Equal(before.TotalCount, back.TotalCount);
        Assert.Equal(before.Page.Select(m => m.Document.Id), back.Page.Select(m => m.Document.Id));
    }

    private Task<SearchMatches> SearchAsync(string text, DateOnly asOf, IReadOnlyCollection<int>? standardIds = null,
        IReadOnlyList<SearchKind>? kinds = null, int offset = 0, int limit = 10) =>
        index.Engine.SearchAsync(
            new SearchRequest(
                QueryText.Parse(text),
                StandardCode.TryParse(text, out var code, out _) ? code : null,
                asOf, standardIds, kinds, offset, limit),
            CancellationToken.None);
}
