
namespace Rugao.Graph.Tests.Search.Elasticsearch;

public sealed class ElasticsearchSuggestTests
{
    [Fact]
    public async Task Suggest_CodeTyped_PrefixOnTitleAndCompactCodeOfStandardsOnly()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "suggest-hits.json");

        await cluster.Engine().SuggestAsync("GB/T 282", 5, CancellationToken.None);

        var body = cluster.Only("POST", "/rugao/_search").Json;
        var should = body["query"]!["bool"]!["should"]!.AsArray();
        Assert.Equal("gb/t 282", should[0]!["prefix"]!["title.keyword"]!["value"]!.GetValue<string>());
        Assert.Equal("gbt282", should[1]!["prefix"]!["compactCode"]!["value"]!.GetValue<string>());
        Assert.Equal("Standard", body["query"]!["bool"]!["filter"]!["term"]!["kind"]!["value"]!.GetValue<string>());
        Assert.Equal(5, body["size"]!.GetValue<int>());
    }

    [Fact]
    public async Task Suggest_CannedResponse_GivesTheStandardDocuments()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "suggest-hits.json");

        var suggestions = await cluster.Engine().SuggestAsync("公共图书", 5, CancellationToken.None);

        Assert.Equivalent(ElasticsearchTestDocuments.Standard, Assert.Single(suggestions), strict: true);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("，。")]
    public async Task Suggest_NothingTyped_EmptyWithoutAsking(string prefix)
    {
        var cluster = FakeElasticsearch.Healthy();

        Assert.Empty(await cluster.Engine().SuggestAsync(prefix, 5, CancellationToken.None));
        Assert.Empty(cluster.Requests);
    }

    [Fact]
    public async Task Suggest_ChineseOnly_NoCodePrefixQuery()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "suggest-hits.json");

        await cluster.Engine().SuggestAsync("公共图", 5, CancellationToken.None);

        // The client writes a one-clause should as an object, not an array.
        var should = cluster.Only("POST", "/rugao/_search").Json["query"]!["bool"]!["should"]!.AsObject();
        Assert.Equal("公共图", should["prefix"]!["title.keyword"]!["value"]!.GetValue<string>());
    }
}
