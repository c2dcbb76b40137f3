using Elastic.Transport;
using Elastic.Transport.Extensions;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Elasticsearch;

namespace Rugao.Graph.Tests.Search.Elasticsearch;

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
        var back = serializer.Deserialize<ElasticsearchDocument>(source, new DefaultMemoryStreamFactory())!.ToSearchDocument();

        Assert.Equivalent(document, back, strict: true);
    }

    [Fact]
    public void Source_OpenEndedDocument_LeavesVisibleToOut()
    {
        var source = new FakeElasticsearch().Client().SourceSerializer
            .SerializeToString(ElasticsearchDocument.From(ElasticsearchTestDocuments.Clause2023), SerializationFormatting.None);

        Assert.DoesNotContain("visibleTo", source, StringComparison.Ordinal);
        Assert.Contains("\"visibleFrom\":\"2023-07-01\"", source, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Clause\"", source, StringComparison.Ordinal);
    }

    private static readonly SearchDocument Abolished = ElasticsearchTestDocuments.Clause2011 with
    {
        AbolishedOn = new DateOnly(2025, 1, 1),
        SupersededOn = new DateOnly(2024, 6, 1),
        TitleEn = null,
        Listings = [new ListingInterval(4, null, new DateOnly(2021, 7, 1), new DateOnly(2024, 12, 31))],
    };
}
