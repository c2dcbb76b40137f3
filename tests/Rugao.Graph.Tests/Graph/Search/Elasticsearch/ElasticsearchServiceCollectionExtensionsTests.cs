using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchServiceCollectionExtensionsTests
{
    [Fact]
    public void AddElasticsearchSearchEngine_Configuration_BindsOptionsAndRegistersTheEngine()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Elasticsearch:Url"] = "https://es.rugao.example:9200",
            ["Search:Elasticsearch:IndexPrefix"] = "rugao-staging",
            ["Search:Elasticsearch:ApiKey"] = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==",
        }).Build();
        using var provider = new ServiceCollection().AddElasticsearchSearchEngine(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
        Assert.Equal(new Uri("https://es.rugao.example:9200"), options.Url);
        Assert.Equal("rugao-staging", options.IndexPrefix);
        Assert.IsType<ElasticsearchSearchEngine>(provider.GetRequiredService<ISearchEngine>());
        Assert.Same(provider.GetRequiredService<ElasticsearchSearchEngine>(), provider.GetRequiredService<ISearchEngine>());
    }

    [Fact]
    public void AddElasticsearchSearchEngine_NothingConfigured_LocalClusterUnderRugao()
    {
        using var provider = new ServiceCollection()
            .AddElasticsearchSearchEngine(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
        Assert.Equal(new Uri("http://localhost:9200"), options.Url);
        Assert.Equal("rugao", options.IndexPrefix);
    }

    [Theory]
    [InlineData("Rugao")]
    [InlineData("rugao*")]
    [InlineData("")]
    public void Engine_InvalidIndexPrefix_RefusedWithTheSettingNamed(string prefix)
    {
        var failure = Assert.Throws<ArgumentException>(() => new FakeElasticsearch().Engine(new ElasticsearchOptions { IndexPrefix = prefix }));

        Assert.Contains("Search:Elasticsearch:IndexPrefix", failure.Message, StringComparison.Ordinal);
    }
}
