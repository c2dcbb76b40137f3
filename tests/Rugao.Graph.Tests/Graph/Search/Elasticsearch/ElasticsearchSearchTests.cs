using System.Text.Json.Nodes;
using Rugao.Graph.Search;
using Rugao.Graph.Standards;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

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
        Assert.Equal(["clause"], filter[2]!["terms"]!["kind"]!.AsArray().Select(k => k!.GetValue<string>()));
        Assert.Equal([5, 17], filter[3]!["terms"]!["standardId"]!.AsArray().Select(id => id!.GetValue<int>()));
    }

    [Fact]
    public async Task Search_Code_ConstantOnEveryDocumentOfTheStandardAndInFullOnItsOwn()
    {
        var should = (await BodyAsync(Representative))["query"]!["bool"]!["should"]!.AsArray();

        var onAll = should[0]!["constant_score"]!;
        Assert.Equal(SearchRanking.Default.CodeOnClauses, onAll["boost"]!.GetValue<float>());
        Assert.Equal("gbt28220", onAll["filter"]!["term"]!["code"]!["value"]!.GetValue<string>());
        var onStandard = should[1]!["constant_score"]!;
        Assert.Equal(SearchRanking.Default.Code - SearchRanking.Default.CodeOnClauses, onStandard["boost"]!.GetValue<float>());
        Assert.Equal("standard", onStandard["filter"]!["bool"]!["filter"]![1]!["term"]!["kind"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_NumberTokens_CodeNumbersAndDottedClauseNumbersAtConstantScores()
    {
        var should = (await BodyAsync(Representative))["query"]!["bool"]!["should"]!.AsArray();

        var exact = should.Select(q => q!["constant_score"]).OfType<JsonNode>().ToList();
        Assert.Equal(
            ["code=gbt28220", "code=gbt28220", "codeNumber=28220", "codeNumber=28220", "codeNumber=5.5", "codeNumber=5.5", "clauseNumber=5.5"],
            exact.Select(Describe));
        Assert.Equal(SearchRanking.Default.ClauseNumber, exact[^1]["boost"]!.GetValue<float>());
    }

    [Fact]
    public async Task Search_Text_WordsAnyBigramAndAllBigramsEachTheBestFieldPlusTieBreakerOfTheOthers()
    {
        var should = (await BodyAsync(Representative))["query"]!["bool"]!["should"]!.AsArray();

        var parts = should.Select(q => q!["dis_max"]).OfType<JsonNode>().ToList();
        Assert.Equal(
            [SearchRanking.Default.Words * 2.2f, SearchRanking.Default.AnyBigram * 2.2f, SearchRanking.Default.AllBigrams * 2.2f],
            parts.Select(p => p["boost"]!.GetValue<float>()));
        Assert.All(parts, p => Assert.Equal(SearchRanking.Default.FieldTieBreaker, p["tie_breaker"]!.GetValue<float>()));
        Assert.Equal(0.7f, SearchRanking.Default.FieldTieBreaker);
        Assert.Equal(
        [
            "title.words^3", "heading.words^2", "text.words^1", "ancestors.words^0.5",
            "title.bigrams^3", "heading.bigrams^2", "text.bigrams^1", "ancestors.bigrams^0.5",
            "title.bigrams^3 and", "heading.bigrams^2 and", "text.bigrams^1 and", "ancestors.bigrams^0.5 and",
        ], parts.SelectMany(Matches).Select(m => $"{m.Key}^{m.Value!["boost"]}{(m.Value["operator"] is { } op ? $" {op}" : string.Empty)}"));
        Assert.All(parts.SelectMany(Matches), m => Assert.Equal("gb/t 28220 服务公示 5.5", m.Value!["query"]!.GetValue<string>()));
        Assert.Equal(1, (await BodyAsync(Representative))["query"]!["bool"]!["minimum_should_match"]!.GetValue<int>());
    }

    [Fact]
    public async Task Search_Text_WordsWithTheSynonymAndQuestionWordAnalyzerBigramsWithTheSynonymOne()
    {
        var parts = (await BodyAsync(Representative))["query"]!["bool"]!["should"]!.AsArray()
            .Select(q => q!["dis_max"]).OfType<JsonNode>().ToList();

        Assert.All(Matches(parts[0]), m => Assert.Equal("rugao_words_query", m.Value!["analyzer"]!.GetValue<string>()));
        Assert.All(parts.SelectMany(Matches), m => Assert.False(m.Value!["auto_generate_synonyms_phrase_query"]!.GetValue<bool>()));
        Assert.All(parts.Skip(1).SelectMany(Matches), m => Assert.Equal("rugao_bigrams_query", m.Value!["analyzer"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Search_BareNumber_CodeNumberButNotClauseNumber()
    {
        var body = await BodyAsync(Representative with { Text = QueryText.Parse("12333 接通率"), Code = null });

        Assert.Contains("codeNumber", body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("clauseNumber", body.ToJsonString(), StringComparison.Ordinal);
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
    public async Task Search_AppendixClauseNumber_LookedUpInLowerCaseAsIndexed()
    {
        var should = (await BodyAsync(Representative with { Text = QueryText.Parse("A.1 调查内容"), Code = null }))["query"]!["bool"]!["should"]!.AsArray();

        Assert.Equal("a.1", should[0]!["constant_score"]!["filter"]!["term"]!["clauseNumber"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_UserTypedSyntax_SentAsPlainTextNeverAsQueryString()
    {
        var body = await BodyAsync(Representative with { Text = QueryText.Parse("\"书屋\" AND (12333*) ~接通率:"), Code = null });

        Assert.DoesNotContain("query_string", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("\"书屋\" and (12333*) ~接通率:", Matches(body["query"]!["bool"]!["should"]!.AsArray().Last()!["dis_max"]!).Last().Value!["query"]!.GetValue<string>());
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

    /// <summary>The <c>match</c> of each field a <c>dis_max</c> part holds, as field and parameters.</summary>
    private static IEnumerable<KeyValuePair<string, JsonNode?>> Matches(JsonNode disMax) =>
        disMax["queries"]!.AsArray().Select(q => q!["match"]!.AsObject().Single());

    /// <summary><c>field=value</c> of the term a constant-score part matches.</summary>
    private static string Describe(JsonNode constantScore)
    {
        var filter = constantScore["filter"]!;
        var term = (filter["term"] ?? filter["bool"]!["filter"]![0]!["term"]!).AsObject().Single();
        return $"{term.Key}={term.Value!["value"]}";
    }
}
