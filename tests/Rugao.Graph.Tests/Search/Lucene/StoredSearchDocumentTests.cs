using System.Text.Json;
using System.Text.Json.Serialization;
using Lucene.Net.Documents;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;

namespace Rugao.Graph.Tests.Search.Lucene;

/// <summary>The stored copy of a search document reads back whole, as written now and as indexes before kept it.</summary>
public sealed class StoredSearchDocumentTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>
{
    [Fact]
    public void Read_WrittenAsBytes_IsTheSameDocument()
    {
        foreach (var document in Samples())
        {
            var stored = new StoredField(LuceneFields.Stored, StoredSearchDocument.Write(document));

            Assert.Equal(document, StoredSearchDocument.Read(stored), SearchDocumentComparer.Instance);
        }
    }

    [Fact]
    public void Read_KeptAsJsonTextByEarlierIndexes_IsTheSameDocument()
    {
        var earlier = new JsonSerializerOptions
        {
            Converters = { new JsonStringEnumConverter() },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        foreach (var document in Samples())
        {
            var stored = new StoredField(LuceneFields.Stored, JsonSerializer.Serialize(document, earlier));

            Assert.Equal(document, StoredSearchDocument.Read(stored), SearchDocumentComparer.Instance);
        }
    }

    private IEnumerable<SearchDocument> Samples() =>
        seed.All.Where(d => d.Kind == SearchKind.Standard).Take(5)
            .Concat(seed.All.Where(d => d.Kind == SearchKind.Clause && d.AncestorHeadings.Count > 0).Take(20))
            .Concat(seed.All.Where(d => d.VisibleTo is not null || d.Listings.Count > 1).Take(10));
}
