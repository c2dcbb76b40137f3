using System.Text.Json.Nodes;
using Rugao.Graph.Search;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchIndexTemplateTests
{
    private static readonly string[] TextFields = ["title", "heading", "text", "ancestors"];

    [Fact]
    public async Task Rebuild_SmartcnOnEveryNode_TemplateAnalysesWordsWithSmartcn()
    {
        var template = await TemplateSentToAsync(FakeElasticsearch.Healthy("nodes-plugins-smartcn.json"));

        Assert.All(TextFields, field => Assert.Equal("smartcn", Words(template.Json, field)["analyzer"]!.GetValue<string>()));
        Assert.Equal("smartcn", template.Json["_meta"]!["wordsAnalyzer"]!.GetValue<string>());
        Snapshot.Match(template.PrettyBody);
    }

    [Fact]
    public async Task Rebuild_NoPlugin_TemplateAnalysesWordsWithBuiltInCjk()
    {
        var template = await TemplateSentToAsync(FakeElasticsearch.Healthy("nodes-plugins-none.json"));

        Assert.All(TextFields, field => Assert.Equal("cjk", Words(template.Json, field)["analyzer"]!.GetValue<string>()));
        Snapshot.Match(template.PrettyBody);
    }

    [Fact]
    public async Task Rebuild_PluginOnSomeNodesOnly_FallsBackToCjk()
    {
        var template = await TemplateSentToAsync(FakeElasticsearch.Healthy("nodes-plugins-partial.json"));

        Assert.All(TextFields, field => Assert.Equal("cjk", Words(template.Json, field)["analyzer"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Rebuild_Template_BigramsBesideWordsOnEveryChineseField()
    {
        var template = (await TemplateSentToAsync(FakeElasticsearch.Healthy())).Json;

        var bigrams = template["template"]!["settings"]!["analysis"]!["analyzer"]!["rugao_bigrams"]!;
        Assert.Equal("custom", bigrams["type"]!.GetValue<string>());
        Assert.Equal("standard", bigrams["tokenizer"]!.GetValue<string>());
        Assert.Equal(["cjk_width", "lowercase", "cjk_bigram"], bigrams["filter"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.All(TextFields, field =>
        {
            Assert.Equal("rugao_bigrams", Property(template, field)["fields"]!["bigrams"]!["analyzer"]!.GetValue<string>());
            Assert.False(Property(template, field)["index"]!.GetValue<bool>());
        });
    }

    [Fact]
    public async Task Rebuild_Template_SynonymAndQuestionWordFiltersAreTheSharedVocabulary()
    {
        var filters = Analysis((await TemplateSentToAsync(FakeElasticsearch.Healthy())).Json)["filter"]!;

        var synonyms = filters["rugao_synonyms"]!;
        Assert.Equal("synonym_graph", synonyms["type"]!.GetValue<string>());
        Assert.True(synonyms["lenient"]!.GetValue<bool>());
        Assert.Equal(SearchVocabulary.Default.Synonyms, synonyms["synonyms"]!.AsArray().Select(s => s!.GetValue<string>()));
        var stop = filters["rugao_query_stop"]!;
        Assert.Equal("stop", stop["type"]!.GetValue<string>());
        Assert.Equal(SearchVocabulary.Default.QueryStopWords, stop["stopwords"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Theory]
    [InlineData("nodes-plugins-smartcn.json", "smartcn_tokenizer", new[] { "porter_stem", "smartcn_stop" })]
    [InlineData("nodes-plugins-none.json", "standard", new[] { "cjk_width", "lowercase", "cjk_bigram", "rugao_cjk_stop" })]
    public async Task Rebuild_Template_QueryAnalyzersAreTheIndexAnalysisPlusTheVocabulary(string plugins, string tokenizer, string[] wordFilters)
    {
        var template = (await TemplateSentToAsync(FakeElasticsearch.Healthy(plugins))).Json;
        var analyzers = Analysis(template)["analyzer"]!;

        var words = analyzers["rugao_words_query"]!;
        Assert.Equal("custom", words["type"]!.GetValue<string>());
        Assert.Equal(tokenizer, words["tokenizer"]!.GetValue<string>());
        Assert.Equal([.. wordFilters, "rugao_synonyms", "rugao_query_stop"], words["filter"]!.AsArray().Select(f => f!.GetValue<string>()));
        var bigrams = analyzers["rugao_bigrams_query"]!;
        Assert.Equal("standard", bigrams["tokenizer"]!.GetValue<string>());
        Assert.Equal(["cjk_width", "lowercase", "cjk_bigram", "rugao_synonyms"], bigrams["filter"]!.AsArray().Select(f => f!.GetValue<string>()));
        // Search-time only: the index analysis stays as it is.
        Assert.All(TextFields, field =>
        {
            Assert.Null(Words(template, field)["search_analyzer"]);
            Assert.Null(Property(template, field)["fields"]!["bigrams"]!["search_analyzer"]);
        });
    }

    [Fact]
    public async Task Rebuild_Template_KeywordsDatesAndTheWholeDocumentOnlyInSource()
    {
        var template = (await TemplateSentToAsync(FakeElasticsearch.Healthy())).Json;
        var mappings = template["template"]!["mappings"]!;

        Assert.Equal("rugao-20*", template["index_patterns"]!.ToString());
        Assert.Equal("strict", mappings["dynamic"]!.GetValue<string>());
        Assert.All(["id", "kind", "code", "codeNumber", "clauseNumber", "titleKey"], field =>
            Assert.Equal("keyword", Property(template, field)["type"]!.GetValue<string>()));
        Assert.All(["visibleFrom", "visibleTo"], field =>
            Assert.Equal("date", Property(template, field)["type"]!.GetValue<string>()));
        Assert.False(Property(template, "document")["enabled"]!.GetValue<bool>());
        Assert.Equal(TextFields, mappings["_source"]!["excludes"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    private static async Task<RecordedRequest> TemplateSentToAsync(FakeElasticsearch cluster)
    {
        await cluster.Engine().RebuildAsync(ElasticsearchTestDocuments.Stream(ElasticsearchTestDocuments.All), CancellationToken.None);
        return cluster.Only("PUT", "/_index_template/rugao");
    }

    private static JsonNode Analysis(JsonNode template) => template["template"]!["settings"]!["analysis"]!;

    private static JsonNode Words(JsonNode template, string field) => Property(template, field)["fields"]!["words"]!;

    private static JsonNode Property(JsonNode template, string field) =>
        template["template"]!["mappings"]!["properties"]![field] ?? throw new InvalidOperationException($"{field} is not mapped");
}
