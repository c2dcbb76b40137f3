using System.Text.Json.Nodes;
using Elastic.Transport;
using Elastic.Transport.Extensions;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Graph.Search.Elasticsearch;

public sealed class ElasticsearchDocumentTests
{
    public static TheoryData<string> Documents => [.. ElasticsearchTestDocuments.All.Select(d => d.Id), "abolished"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Source_ThroughTheClientsSerializer_GivesTheWholeDocumentBack(string id)
    {
        var document = id == "abolished" ? Abolished : ElasticsearchTestDocuments.All.Single(d => d.Id == id);
        var serializer = new FakeElasticsearch().Client().SourceSerializer;

        var source = serializer.SerializeToString(ElasticsearchDocument.From(document), SerializationFormatting.None);
        var back = serializer.Deserialize<ElasticsearchDocument>(source, new DefaultMemoryStreamFactory())!.Document;

        Assert.Equivalent(document, back, strict: true);
    }

    [Fact]
    public void From_Standard_TitleIsItsOwnText()
    {
        var indexed = ElasticsearchDocument.From(ElasticsearchTestDocuments.Standard);

        Assert.Equal("standard", indexed.Kind);
        Assert.Equal("公共图书馆服务规范", indexed.Title);
        Assert.Empty(indexed.Ancestors);
        Assert.Equal("gbt28220", indexed.Code);
        Assert.Equal("公共图书馆服务规范", indexed.TitleKey);
    }

    [Fact]
    public void From_Clause_TitleCountsAsTheOutermostAncestor()
    {
        var indexed = ElasticsearchDocument.From(ElasticsearchTestDocuments.Clause2023);

        Assert.Equal("clause", indexed.Kind);
        Assert.Null(indexed.Title);
        Assert.Equal(["公共图书馆服务规范", "服务内容与要求"], indexed.Ancestors);
        Assert.Equal("服务公示与宣传", indexed.Heading);
        Assert.Equal("5.5", indexed.ClauseNumber);
    }

    [Fact]
    public void From_AppendixClause_ClauseNumberInLowerCaseAsQueriesAre()
    {
        var indexed = ElasticsearchDocument.From(ElasticsearchTestDocuments.Clause2023 with { ClauseNumber = "A.2" });

        Assert.Equal("a.2", indexed.ClauseNumber);
    }

    [Fact]
    public void Source_OpenEndedDocument_LeavesVisibleToOutAndNamesEnums()
    {
        var source = JsonNode.Parse(new FakeElasticsearch().Client().SourceSerializer
            .SerializeToString(ElasticsearchDocument.From(ElasticsearchTestDocuments.Clause2023), SerializationFormatting.None))!;

        Assert.Null(source["visibleTo"]);
        Assert.Equal("2023-07-01", source["visibleFrom"]!.GetValue<string>());
        Assert.Equal("Clause", source["document"]!["kind"]!.GetValue<string>());
        Assert.Equal("National", source["document"]!["level"]!.GetValue<string>());
    }

    private static readonly SearchDocument Abolished = ElasticsearchTestDocuments.Clause2011 with
    {
        AbolishedOn = new DateOnly(2025, 1, 1),
        SupersededOn = new DateOnly(2024, 6, 1),
        TitleEn = null,
        Listings = [new ListingInterval(4, null, new DateOnly(2021, 7, 1), new DateOnly(2024, 12, 31))],
    };
}
