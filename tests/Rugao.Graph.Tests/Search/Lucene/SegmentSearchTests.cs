using Lucene.Net.Index;
using Lucene.Net.Search;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Tests.Search.Lucene;

/// <summary>Segments searched side by side give exactly what one search over the whole index gives.</summary>
public sealed class SegmentSearchTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>, IDisposable
{
    private static readonly Sort ScoreThenId = new(SortField.FIELD_SCORE, new SortField(LuceneFields.Id, SortFieldType.STRING));
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("书屋", 10)]
    [InlineData("孩子上幼儿园有补助吗", 20)]
    [InlineData("GB/T 28220", 5)]
    [InlineData("服务", 1000)]
    public async Task Run_ManySegments_SamePageAndCountsAsOneSearch(string text, int wanted)
    {
        using var directory = FSDirectory.Open(folder.Path);
        using var analyzer = LuceneAnalysis.PerField(LuceneAnalysis.SmartCnWords());
        WriteInSegments(directory, analyzer, segments: 5);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = Bm25SearcherFactory.Similarity };
        using var queryAnalyzer = LuceneAnalysis.ForQueries(LuceneAnalysis.SmartCnWords(), SearchVocabulary.Default);
        var request = SearchRequests.For(text);
        var query = SearchRequestFilter.Apply(new LuceneQueryFactory(queryAnalyzer, SearchRanking.Default).For(request, reader)!, request);
        var expectedCounts = new StandardCountCollector();
        searcher.Search(query, expectedCounts);

        var (top, counts) = await SegmentSearch.RunAsync(searcher, query, ScoreThenId, wanted);

        Assert.True(reader.Leaves.Count >= 5);
        var expected = searcher.Search(query, null, wanted, ScoreThenId, true, false);
        Assert.NotEmpty(expected.ScoreDocs);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), top.ScoreDocs.Select(d => (d.Doc, d.Score)));
        Assert.Equal(expected.TotalHits, counts.Total);
        Assert.Equal(expectedCounts.ByStandard.OrderBy(p => p.Key), counts.ByStandard.OrderBy(p => p.Key));
    }

    private void WriteInSegments(FSDirectory directory, global::Lucene.Net.Analysis.Analyzer analyzer, int segments)
    {
        var config = IndexGeneration.WriterConfig(analyzer, OpenMode.CREATE);
        config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        using var writer = new IndexWriter(directory, config);
        var documents = seed.All;
        for (var i = 0; i < documents.Count; i++)
        {
            writer.AddDocument(LuceneDocumentWriter.ToLucene(documents[i]));
            if ((i + 1) % (documents.Count / segments + 1) == 0)
            {
                writer.Commit();
            }
        }

        writer.Commit();
    }
}
