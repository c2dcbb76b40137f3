using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

// What text matches: user syntax, nonsense, two characters, codes, clause numbers, whole documents.
public abstract partial class SearchEngineBehaviour
{
    [SkippableFact]
    public async Task ClauseNumber_WithinStandard_FindsThatClauseFirst()
    {
        var matches = await SearchAsync("5.2.1", standardIds: [Seed.StandardId("DB3206/T 1001")]);

        Assert.Equal("5.2.1", matches.Page[0].Document.ClauseNumber);
        Assert.Equal("DB3206/T 1001", matches.Page[0].Document.Identity);
    }

    [SkippableTheory]
    [InlineData("\"书屋\"")]
    [InlineData("书屋*")]
    [InlineData("title:书屋")]
    [InlineData("书屋~2")]
    [InlineData("(书屋")]
    [InlineData("书屋)")]
    [InlineData("书屋 AND 图书")]
    [InlineData("书屋 OR")]
    [InlineData("NOT 书屋")]
    [InlineData("书屋\\")]
    [InlineData("[书屋 TO 图书")]
    [InlineData("{书屋}^3 +图书 -借阅 && || ! /re/ ?")]
    public async Task UserSyntax_IsText_NeverAnError(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Contains(matches.Page, m => m.Document.Identity == "DB3206/T 1008");
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData(":")]
    [InlineData("~")]
    [InlineData("(")]
    [InlineData(")")]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NOT")]
    [InlineData("\\")]
    [InlineData("[")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task UserSyntax_Alone_NeverAnError(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(matches.TotalCount, matches.CountByStandard.Values.Sum());
    }

    [SkippableTheory]
    [InlineData("qwxzvkjh")]
    [InlineData("鳄鱼潜水艇")]
    [InlineData("99999999")]
    public async Task Nonsense_FindsNothing(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(0, matches.TotalCount);
        Assert.Empty(matches.Page);
        Assert.Empty(matches.CountByStandard);
    }

    [SkippableTheory]
    [InlineData("办园")]
    [InlineData("仲裁")]
    [InlineData("书屋")]
    [InlineData("接通")]
    [InlineData("放映")]
    public async Task TwoCharacters_EveryDocumentHoldingThem_RanksFirst(string text)
    {
        var holding = Seed.All.Count(d => d.IsVisibleOn(SeedSearchDocuments.Today) && OwnText(d).Contains(text, StringComparison.Ordinal));

        var matches = await SearchAsync(text, limit: holding);

        Assert.InRange(holding, 2, 200);
        Assert.Equal(holding, matches.Page.Count);
        Assert.All(matches.Page, m => Assert.Contains(text, OwnText(m.Document), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task TwoCharacters_SegmenterSplitsThem_StillMatch()
    {
        // SmartCn cuts 幼儿园办园质量 as 幼儿园|办|园|质量; only the bigram field holds 办园.
        var matches = await SearchAsync("办园");

        Assert.Contains(matches.Page, m => m.Document.Identity == "DB3206/T 1136");
        Assert.Contains(matches.Page, m => m.Document is { Identity: "DB3206/T 1002", ClauseNumber: "7.1" });
    }

    [SkippableTheory]
    [InlineData("GB/T 28220")]
    [InlineData("gbt28220")]
    [InlineData("GB/T28220-2023")]
    [InlineData("gb/t 28220-2011")]
    [InlineData("ＧＢ／Ｔ２８２２０")]
    [InlineData("28220")]
    public async Task CodeSpellings_FindGbt28220First(string text)
    {
        var matches = await SearchAsync(text);

        Assert.Equal("GB/T 28220", matches.Page[0].Document.Identity);
        Assert.Equal(SearchKind.Standard, matches.Page[0].Document.Kind);
    }

    [SkippableTheory]
    [InlineData("DB3206/T 1001", "DB3206/T 1001")]
    [InlineData("db3206t1004", "DB3206/T 1004")]
    [InlineData("GB/T 24421.2", "GB/T 24421.2")]
    [InlineData("T/RGJY 001", "T/RGJY 001")]
    [InlineData("JGJ 39-2016", "JGJ 39")]
    public async Task Codes_FindTheirStandardFirst(string text, string identity)
    {
        var matches = await SearchAsync(text);

        Assert.Equal(identity, matches.Page[0].Document.Identity);
    }

    [SkippableFact]
    public async Task Hits_CarryTheWholeDocument()
    {
        var matches = await SearchAsync("5.2.2.1", standardIds: [Seed.StandardId("DB3206/T 1001")]);

        var document = matches.Page[0].Document;
        Assert.Equal(Seed.All.Single(d => d.Id == document.Id), document, SearchDocumentComparer.Instance);
        Assert.True(matches.Page[0].Score > 0);
    }

    [SkippableTheory]
    [InlineData("2026-11-29", null)]
    [InlineData("2026-11-29", SearchKind.Standard)]
    [InlineData("2015-06-01", null)]
    public async Task Hits_OfManyStandardsAndVersions_CarryTheirWholeDocuments(string day, SearchKind? kind)
    {
        var asOf = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var matches = await SearchAsync("服务", asOf, kinds: kind is { } only ? [only] : null, limit: 200);

        Assert.True(matches.Page.Select(m => m.Document.StandardId).Distinct().Count() > 1);
        Assert.All(matches.Page, m => Assert.Equal(Seed.All.Single(d => d.Id == m.Document.Id), m.Document, SearchDocumentComparer.Instance));
    }
}
