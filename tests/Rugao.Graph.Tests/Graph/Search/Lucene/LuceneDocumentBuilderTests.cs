using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;
using Rugao.Graph.Tests.TestSupport;
using FSDirectory = Lucene.Net.Store.FSDirectory;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>
/// One builder reused for a whole corpus indexes exactly what a new builder per document indexes: nothing of one
/// document (an ancestor heading, a clause number, a stored copy) is left in the next.
/// </summary>
public sealed class LuceneDocumentBuilderTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>, IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reused_IndexesTheSameAsFreshPerDocument()
    {
        using var reused = Index("reused", (builder, document) => builder.Build(document));
        using var fresh = Index("fresh", (_, document) => LuceneDocumentBuilder.Fresh(document));
        var a = Assert.Single(reused.Leaves).AtomicReader;
        var b = Assert.Single(fresh.Leaves).AtomicReader;

        Assert.Equal(b.MaxDoc, a.MaxDoc);
        Assert.Equal(Names(b.FieldInfos), Names(a.FieldInfos));
        foreach (var field in b.Fields)
        {
            AssertSamePostings(field, b.GetTerms(field), a.GetTerms(field));
        }

        foreach (var info in b.FieldInfos.Where(f => f.HasNorms))
        {
            var (expected, actual) = (b.GetNormValues(info.Name), a.GetNormValues(info.Name));
            Assert.All(Enumerable.Range(0, b.MaxDoc), doc => Assert.Equal(expected.Get(doc), actual.Get(doc)));
        }

        foreach (var numeric in new[] { LuceneFields.StandardId, LuceneFields.VisibleFrom, LuceneFields.VisibleTo })
        {
            var (expected, actual) = (b.GetNumericDocValues(numeric), a.GetNumericDocValues(numeric));
            Assert.All(Enumerable.Range(0, b.MaxDoc), doc => Assert.Equal(expected.Get(doc), actual.Get(doc)));
        }

        foreach (var sorted in new[] { LuceneFields.Id, LuceneFields.Code })
        {
            var (expected, actual) = (b.GetSortedDocValues(sorted), a.GetSortedDocValues(sorted));
            Assert.All(Enumerable.Range(0, b.MaxDoc), doc => Assert.Equal(Value(expected, doc), Value(actual, doc)));
        }

        for (var doc = 0; doc < b.MaxDoc; doc++)
        {
            Assert.Equal(Stored(b, doc), Stored(a, doc));
        }
    }

    [Fact]
    public void StandardAndClause_CarryTheirOwnFields()
    {
        using var builder = new LuceneDocumentBuilder();
        var standard = seed.All.First(d => d.Kind == SearchKind.Standard);
        var clause = seed.All.First(d => d.Kind == SearchKind.Clause && d.AncestorHeadings.Count >= 2 && d.ClauseNumber is not null);

        var standardFields = builder.Build(standard).Fields.Select(f => f.Name).ToList();
        Assert.Contains(LuceneFields.TitleKey, standardFields);
        Assert.Contains(LuceneFields.Words(LuceneFields.Title), standardFields);
        var clauseFields = builder.Build(clause).Fields.Select(f => f.Name).ToList();

        Assert.DoesNotContain(LuceneFields.TitleKey, clauseFields);
        Assert.DoesNotContain(LuceneFields.Words(LuceneFields.Title), clauseFields);
        Assert.Equal(1 + clause.AncestorHeadings.Count, clauseFields.Count(f => f == LuceneFields.Words(LuceneFields.Ancestors)));
        Assert.Single(clauseFields, f => f == LuceneFields.ClauseNumber);
    }

    private DirectoryReader Index(string name, Func<LuceneDocumentBuilder, SearchDocument, IEnumerable<IIndexableField>> build)
    {
        var directory = FSDirectory.Open(Path.Combine(folder.Path, name));
        using (var analyzer = LuceneAnalysis.PerField(LuceneAnalysis.SmartCnWords()))
        using (var writer = new IndexWriter(directory, IndexGeneration.WriterConfig(analyzer, OpenMode.CREATE)))
        using (var builder = new LuceneDocumentBuilder(new TokenCache(analyzer)))
        {
            foreach (var document in seed.All)
            {
                writer.AddDocument(build(builder, document));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return DirectoryReader.Open(directory);
    }

    private static void AssertSamePostings(string field, Terms expected, Terms actual)
    {
        Assert.NotNull(actual);
        var (want, got) = (expected.GetEnumerator(), actual.GetEnumerator());
        DocsEnum? wantDocs = null, gotDocs = null;
        while (want.MoveNext())
        {
            Assert.True(got.MoveNext(), $"{field}: {want.Term.Utf8ToString()} missing");
            Assert.Equal(want.Term, got.Term);
            Assert.Equal(want.DocFreq, got.DocFreq);
            wantDocs = want.Docs(null, wantDocs, DocsFlags.FREQS);
            gotDocs = got.Docs(null, gotDocs, DocsFlags.FREQS);
            for (var doc = wantDocs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = wantDocs.NextDoc())
            {
                Assert.Equal(doc, gotDocs.NextDoc());
                Assert.Equal(wantDocs.Freq, gotDocs.Freq);
            }
        }

        Assert.False(got.MoveNext(), $"{field}: {got.Term?.Utf8ToString()} extra");
    }

    private static List<string> Names(FieldInfos infos) => infos.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    private static string? Value(SortedDocValues values, int doc)
    {
        if (values.GetOrd(doc) < 0)
        {
            return null;
        }

        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return bytes.Utf8ToString();
    }

    private static List<(string, string)> Stored(AtomicReader reader, int doc) =>
        reader.Document(doc).Fields
            .Select(f => (f.Name, Convert.ToBase64String(f.GetBinaryValue().Bytes, f.GetBinaryValue().Offset, f.GetBinaryValue().Length)))
            .ToList();
}
