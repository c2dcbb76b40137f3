using Lucene.Net.Documents;
using Rugao.Graph.Search;
using Rugao.Graph.Search.Lucene;

namespace Rugao.Graph.Tests.Graph.Search.Lucene;

/// <summary>
/// The stored copies read back whole: a standard's document as it was written, a clause's as its stored part joined
/// with its standard's document.
/// </summary>
public sealed class StoredSearchDocumentTests(SeedSearchDocuments seed) : IClassFixture<SeedSearchDocuments>
{
    [Fact]
    public void Standards_ReadBack_AsTheSameDocument()
    {
        foreach (var standard in seed.All.Where(d => d.Kind == SearchKind.Standard))
        {
            var stored = Build(standard).GetField(LuceneFields.Stored);

            Assert.Null(Build(standard).GetField(LuceneFields.StoredClause));
            Assert.Equal(standard, StoredSearchDocument.Read(stored), SearchDocumentComparer.Instance);
        }
    }

    [Fact]
    public void Clauses_JoinedWithTheirStandard_AreTheSameDocument()
    {
        var standards = seed.All.Where(d => d.Kind == SearchKind.Standard).ToDictionary(d => d.StandardId);
        var clauses = seed.All.Where(d => d.Kind == SearchKind.Clause).ToList();
        Assert.Contains(clauses, c => c.VisibleTo is not null);
        Assert.Contains(clauses, c => c.AncestorHeadings.Count > 0);

        foreach (var clause in clauses)
        {
            var stored = Build(clause);

            Assert.Null(stored.GetField(LuceneFields.Stored));
            var read = StoredClause.Read(stored.GetField(LuceneFields.StoredClause).GetBinaryValue()).On(standards[clause.StandardId]);
            Assert.Equal(clause, read, SearchDocumentComparer.Instance);
        }
    }

    [Fact]
    public void Clause_JoinedWithAnotherStandard_IsRefused()
    {
        var clause = seed.All.First(d => d.Kind == SearchKind.Clause);
        var other = seed.All.First(d => d.Kind == SearchKind.Standard && d.StandardId != clause.StandardId);

        Assert.Throws<InvalidDataException>(() => StoredClause.Of(clause).On(other));
    }

    [Fact]
    public void ChineseText_IsStoredAsUtf8_NotEscaped()
    {
        var clause = seed.All.First(d => d.Kind == SearchKind.Clause && d.ClauseText is { Length: > 20 } text
            && !text.Contains('"', StringComparison.Ordinal) && !text.Contains('\\', StringComparison.Ordinal));

        var bytes = Build(clause).GetField(LuceneFields.StoredClause).GetBinaryValue();

        var json = System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length);
        Assert.Contains(clause.ClauseText!, json, StringComparison.Ordinal);
    }

    private static Document Build(SearchDocument document) => LuceneDocumentBuilder.Fresh(document);
}
