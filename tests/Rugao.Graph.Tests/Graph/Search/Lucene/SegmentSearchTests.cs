using Lucene.Net.Index;
using Lucene.Net.Search;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Search.Lucene.Scoring;
using Rugao.Graph.Tests.Graph.Search.Relevance;
using Rugao.Graph.Tests.TestSupport;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>
/// The windowed search over segments side by side gives what Lucene's own search of the same query and filter over
/// the whole index gives: the same matches counted in total and per standard, the same page in the same order, the
/// same scores (up to the order in which floats are added).
/// </summary>
public sealed class SegmentSearchTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>, IDisposable
{
    private static readonly Sort ScoreThenId = new(SortField.FIELD_SCORE, new SortField(LuceneFields.Id, SortFieldType.STRING));
    private readonly TemporaryFolder folder = new();
    private readonly List<IDisposable> opened = [];

    public void Dispose()
    {
        opened.ForEach(o => o.Dispose());
        folder.Dispose();
    }

    public static TheoryData<string, int> Queries => new()
    {
        { "书屋", 10 },
        { "孩子上幼儿园有补助吗", 20 },
        { "GB/T 28220", 5 },
        { "服务", 1000 },
        { "5.2.1", 10 },
        { "\"AND\" * : ~ (", 10 },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Run_ManySegments_SameAsLuceneSearch(string text, int wanted)
    {
        var searcher = SearcherOverSegments(segments: 5);

        await AssertSameAsLuceneAsync(searcher, SearchRequests.For(text, limit: wanted), wanted);
    }

    [Fact]
    public async Task Run_EveryJudgedQueryWithItsScope_SameAsLuceneSearch()
    {
        var searcher = SearcherOverSegments(segments: 3);
        var judged = RelevanceJudgments.Load().Queries;

        foreach (var query in judged)
        {
            var asOf = query.AsOf ?? SeedSearchDocuments.Today;
            var request = SearchRequests.For(query.Query, asOf, RelevanceRun.StandardIds(query, seed, asOf), limit: 50);
            await AssertSameAsLuceneAsync(searcher, request, 50);
        }

        Assert.True(judged.Count >= 40);
    }

    [Fact]
    public async Task Run_KindsAndAFewStandards_SameAsLuceneSearch()
    {
        var searcher = SearcherOverSegments(segments: 4);
        var standards = seed.All.Where(d => d.Kind == SearchKind.Standard).Take(3).Select(d => d.StandardId).ToList();

        await AssertSameAsLuceneAsync(searcher, SearchRequests.For("服务 要求", standardIds: standards, kinds: [SearchKind.Clause]), 30);
        await AssertSameAsLuceneAsync(searcher, SearchRequests.For("服务 要求", kinds: [SearchKind.Standard]), 30);
        await AssertSameAsLuceneAsync(searcher, SearchRequests.For("服务", asOf: new DateOnly(2015, 1, 1)), 30);
    }

    [Theory]
    [InlineData("书屋", 10)]
    [InlineData("孩子上幼儿园有补助吗", 10)]
    [InlineData("服务", 10)]
    [InlineData("文体中心", 100)]
    [InlineData("12333 接通率", 10)]
    [InlineData("GB/T 28220", 10)]
    public async Task Run_ManyWindowsOfMatches_SkipsOnlyHitsThatCannotCompete(string text, int wanted)
    {
        // Forty copies of the seed in two segments: most matches come after the page is full, where hits whose
        // bound cannot reach it are counted without being scored.
        var copies = Enumerable.Range(0, 40).SelectMany(copy => seed.All.Select(d =>
            d with { Id = $"{d.Id}~{copy:D2}", StandardId = d.StandardId + (copy * 100_000) }));
        var searcher = Searcher(copies.ToList(), segments: 2, name: "copies");
        Assert.True(searcher.IndexReader.MaxDoc > 10 * ScoringWindow.Size);

        await AssertSameAsLuceneAsync(searcher, SearchRequests.For(text, limit: wanted), wanted);
    }

    private static async Task AssertSameAsLuceneAsync(IndexSearcher searcher, SearchRequest request, int wanted)
    {
        using var queryAnalyzer = LuceneAnalysis.ForQueries(LuceneAnalysis.SmartCnWords(), SearchVocabulary.Default);
        var terms = new SearchTerms(searcher.IndexReader);
        var query = new LuceneQueryFactory(queryAnalyzer, SearchRanking.Default).For(request, terms);
        Assert.NotNull(query);
        var filter = new SearchRequestFilter(request);
        var filtered = new FilteredQuery(query, filter);
        var expected = searcher.Search(filtered, null, wanted, ScoreThenId, true, false);
        var expectedCounts = new CountPerStandard();
        searcher.Search(filtered, expectedCounts);

        var (top, total, byStandard) = await SegmentSearch.RunAsync(searcher, query, filter, wanted, terms);

        var what = request.Text.Normalized;
        Assert.True(expected.TotalHits == total, $"{what}: {total} matches, Lucene {expected.TotalHits}");
        Assert.Equal(expectedCounts.Counts.OrderBy(p => p.Key), byStandard.OrderBy(p => p.Key));
        Assert.All(expectedCounts.Counts, p => Assert.Equal(p.Value, byStandard[p.Key]));
        Assert.Equal(expected.ScoreDocs.Length, top.Length);
        for (var i = 0; i < top.Length; i++)
        {
            var want = expected.ScoreDocs[i];
            Assert.True(Math.Abs(want.Score - top[i].Score) <= 1e-5f * Math.Max(1f, want.Score),
                $"{what} #{i}: score {top[i].Score}, Lucene {want.Score}");
            // Hits whose scores differ only in the last bits may trade places; any other hit is where Lucene put it.
            var tied = expected.ScoreDocs.Where(d => Math.Abs(d.Score - want.Score) <= 1e-5f * Math.Max(1f, want.Score))
                .Select(d => d.Doc);
            Assert.True(tied.Contains(top[i].Doc), $"{what} #{i}: document {top[i].Doc}, Lucene {want.Doc}");
        }
    }

    private IndexSearcher SearcherOverSegments(int segments) =>
        Searcher(seed.All, segments, segments.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private IndexSearcher Searcher(IReadOnlyList<SearchDocument> documents, int segments, string name)
    {
        var directory = FSDirectory.Open(Path.Combine(folder.Path, name));
        opened.Add(directory);
        using (var analyzer = LuceneAnalysis.PerField(LuceneAnalysis.SmartCnWords()))
        {
            var config = IndexGeneration.WriterConfig(analyzer, OpenMode.CREATE);
            config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < documents.Count; i++)
            {
                writer.AddDocument(LuceneDocumentBuilder.Fresh(documents[i]));
                if ((i + 1) % (documents.Count / segments + 1) == 0)
                {
                    writer.Commit();
                }
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        opened.Insert(0, reader);
        Assert.True(reader.Leaves.Count >= segments);
        return new IndexSearcher(reader) { Similarity = Bm25SearcherFactory.Similarity };
    }

    /// <summary>Matches per standard counted the plain way, from the standard ID of each document Lucene collects.</summary>
    private sealed class CountPerStandard : ICollector
    {
        private NumericDocValues? standards;

        public Dictionary<int, int> Counts { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => standards = context.AtomicReader.GetNumericDocValues(LuceneFields.StandardId);

        public void Collect(int doc)
        {
            var standard = (int)standards!.Get(doc);
            Counts[standard] = Counts.GetValueOrDefault(standard) + 1;
        }
    }
}
