using System.Text.Json.Nodes;
using Rugao.Graph.Search;
using Rugao.Graph.Standards;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Search.Elasticsearch;

public sealed class ElasticsearchSearchTests
{
    private static readonly SearchRequest Representative = new(
        QueryText.Parse("GB/T 28220 服务公示 5.5"),
        StandardCode.Parse("GB/T 28220"),
        new DateOnly(2024, 1, 1),
        StandardIds: [5, 17],
        Kinds: [SearchKind.Clause],
        Offset: 20,
        Limit: 10);

    [Fact]
    public async Task Search_RepresentativeRequest_OneSearchOnTheAliasMatchingTheSnapshot()
    {
        var cluster = FakeElasticsearch.Healthy();

        await cluster.Engine().SearchAsync(Representative, CancellationToken.None);

        var search = Assert.Single(cluster.Requests);
        Assert.Equal("POST /rugao/_search", $"{search.Method} {search.Path}");
        Snapshot.Match(search.PrettyBody);
    }

    [Fact]
    public async Task Search_Filters_VisibilityOnTheDayKindsAndStandards()
    {
        var filter = (await BodyAsync(Representative))["query"]!["bool"]!["filter"]!.AsArray();

        Assert.Equal("2024-01-01", filter[0]!["range"]!["visibleFrom"]!["lte"]!.GetValue<string>());
        var openEnded = filter[1]!["bool"]!["should"]!.AsArray();
        Assert.Equal("2024-01-01", openEnded[0]!["range"]!["visibleTo"]!["gte"]!.GetValue<string>());
        Assert.Equal("visibleTo", openEnded[1]!["bool"]!["must_not"]!["exists"]!["field"]!.GetValue<string>());
        Assert.Equal(1, filter[1]!["bool"]!["minimum_should_match"]!.GetValue<int>());
        Assert.Equal(["Clause"], filter[2]!["terms"]!["kind"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal([5, 17], filter[3]!["terms"]!["standardId"]!.AsArray().Select(id => id!.GetValue<int>()));
    }

    [Fact]
    public async Task Search_Should_CodeNumbersClauseNumbersWordsAndBigrams_AnyOneMatching()
    {
        var query = (await BodyAsync(Representative))["query"]!["bool"]!;
        var should = query["should"]!.AsArray();

        Assert.Equal(1, query["minimum_should_match"]!.GetValue<int>());
        Assert.Equal(6, should.Count);
        Assert.Equal("gbt28220", should[0]!["term"]!["compactCode"]!["value"]!.GetValue<string>());
        Assert.Equal("28220", should[1]!["term"]!["codeNumber"]!["value"]!.GetValue<string>());
        Assert.Equal("5.5", should[2]!["term"]!["codeNumber"]!["value"]!.GetValue<string>());
        Assert.Equal("5.5", should[3]!["term"]!["clauseNumber"]!["value"]!.GetValue<string>());
        Assert.Equal(["title^3", "clauseHeading^2", "clauseText^1", "ancestorHeadings^0.5"], Fields(should[4]!));
        Assert.Equal(["title.bigrams^3", "clauseHeading.bigrams^2", "clauseText.bigrams^1", "ancestorHeadings.bigrams^0.5"], Fields(should[5]!));
        Assert.All([should[4]!, should[5]!], match => Assert.Equal("most_fields", match["multi_match"]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_Paging_FromSizeExactTotalAndCountsPerStandard()
    {
        var body = await BodyAsync(Representative);

        Assert.Equal(20, body["from"]!.GetValue<int>());
        Assert.Equal(10, body["size"]!.GetValue<int>());
        Assert.True(body["track_total_hits"]!.GetValue<bool>());
        Assert.Equal("standardId", body["aggregations"]!["byStandard"]!["terms"]!["field"]!.GetValue<string>());
        Assert.Equal(10_000, body["aggregations"]!["byStandard"]!["terms"]!["size"]!.GetValue<int>());
        Assert.Equal("{\"_score\":{\"order\":\"desc\"}}", body["sort"]![0]!.ToJsonString());
        Assert.Equal("{\"id\":{\"order\":\"asc\"}}", body["sort"]![1]!.ToJsonString());
    }

    [Fact]
    public async Task Search_AppendixClauseNumber_LookedUpInStoredForm()
    {
        var should = (await BodyAsync(Representative with { Text = QueryText.Parse("A.1 调查内容"), Code = null }))["query"]!["bool"]!["should"]!.AsArray();

        Assert.Equal("A.1", should[0]!["term"]!["clauseNumber"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_UserTypedSyntax_SentAsPlainTextNeverAsQueryString()
    {
        var body = await BodyAsync(Representative with { Text = QueryText.Parse("\"书屋\" AND (12333*) ~接通率:"), Code = null });

        Assert.DoesNotContain("query_string", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("\"书屋\" and (12333*) ~接通率:", body["query"]!["bool"]!["should"]!.AsArray().Last()!["multi_match"]!["query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_CannedResponse_ParsedIntoDocumentsScoresTotalAndCounts()
    {
        var matches = await FakeElasticsearch.Healthy().Engine().SearchAsync(Representative, CancellationToken.None);

        Assert.Equal(["clause:161", "standard:5"], matches.Page.Select(m => m.Document.Id));
        Assert.Equal([9.712345, 2.0461242], matches.Page.Select(m => m.Score));
        Assert.Equivalent(ElasticsearchTestDocuments.Clause2023, matches.Page[0].Document, strict: true);
        Assert.Equivalent(ElasticsearchTestDocuments.Standard, matches.Page[1].Document, strict: true);
        Assert.Equal(3, matches.TotalCount);
        Assert.Equal(new Dictionary<int, int> { [5] = 2, [17] = 1 }, matches.CountByStandard);
        Assert.Equal(matches.TotalCount, matches.CountByStandard.Values.Sum());
    }

    [Fact]
    public async Task Search_NoHits_EmptyPageZeroTotalNoCounts()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "search-no-hits.json");

        var matches = await cluster.Engine().SearchAsync(Representative, CancellationToken.None);

        Assert.Empty(matches.Page);
        Assert.Equal(0, matches.TotalCount);
        Assert.Empty(matches.CountByStandard);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("，。！")]
    public async Task Search_NothingToLookFor_AnswersEmptyWithoutAsking(string text)
    {
        var cluster = FakeElasticsearch.Healthy();

        var matches = await cluster.Engine().SearchAsync(Representative with { Text = QueryText.Parse(text), Code = null }, CancellationToken.None);

        Assert.Equal(0, matches.TotalCount);
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public async Task Search_NoStandardAllowed_AnswersEmptyWithoutAsking()
    {
        var cluster = FakeElasticsearch.Healthy();

        var matches = await cluster.Engine().SearchAsync(Representative with { StandardIds = [] }, CancellationToken.None);

        Assert.Empty(matches.Page);
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public async Task Search_NoKindsOrStandardsGiven_FiltersOnVisibilityOnly()
    {
        var filter = (await BodyAsync(Representative with { Kinds = null, StandardIds = null }))["query"]!["bool"]!["filter"]!.AsArray();

        Assert.Equal(2, filter.Count);
    }

    private static async Task<JsonNode> BodyAsync(SearchRequest request)
    {
        var cluster = FakeElasticsearch.Healthy();
        await cluster.Engine().SearchAsync(request, CancellationToken.None);
        return cluster.Only("POST", "/rugao/_search").Json;
    }

    private static IEnumerable<string> Fields(JsonNode multiMatch) =>
        multiMatch["multi_match"]!["fields"]!.AsArray().Select(f => f!.GetValue<string>());
}
