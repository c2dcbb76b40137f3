
namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchSuggestTests
{
    [Fact]
    public async Task Suggest_CodeTyped_PrefixOnTitleKeyAndCodeOfStandardsOnly_CodeOrderOnTies()
    {
        var cluster = FakeElasticsearch.Healthy().On("POST", "/rugao/_search", 200, "suggest-hits.json");

        await cluster.Engine().SuggestAsync("GB/T 282", 5, CancellationToken.None);

        var body = cluster.Only("POST", "/rugao/_search").Json;
        var should = body["query"]!["bool"]!["should"]!.AsArray();
        Assert.Equal("gb/t 282", should[0]!["prefix"]!["titleKey"]!["value"]!.GetValue<string>());
        Assert.Equal("gbt282", should[1]!["prefix"]!["code"]!["value"]!.GetValue<string>());
        Assert.Equal(2, should[1]!["prefix"]!["code"]!["boost"]!.GetValue<int>());
        Assert.Equal("standard", body["query"]!["bool"]!["filter"]!["term"]!["kind"]!["value"]!.GetValue<string>());
        Assert.Equal(5, body["size"]!.GetValue<int>());
        Assert.Equal("{\"code\":{\"order\":\"asc\"}}", body["sort"]![1]!.ToJsonString());
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
    public async Task Suggest_NothingTyped_EmptyWithoutAsking(string prefix)
    {
        var cluster = FakeElasticsearch.Healthy();

        Assert.Empty(await cluster.Engine().SuggestAsync(prefix, 5, CancellationToken.None));
        Assert.Empty(cluster.Requests);
    }

}
