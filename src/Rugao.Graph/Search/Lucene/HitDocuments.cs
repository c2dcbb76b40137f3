using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The search documents of hits, read from their stored copies: a clause's copy is joined with its standard's
/// document (<see cref="StoredClause"/>), which is read once per standard for one page.
/// </summary>
internal sealed class HitDocuments(IndexSearcher searcher)
{
    private static readonly Term StandardKind = new(LuceneFields.Kind, LuceneTerms.Kind(SearchKind.Standard));

    private readonly Dictionary<int, SearchDocument> standards = [];

    public SearchDocument Load(int doc)
    {
        var stored = searcher.Doc(doc);
        if (stored.GetField(LuceneFields.Stored) is { } whole)
        {
            return StoredSearchDocument.Read(whole);
        }

        var clause = StoredClause.Read(stored.GetField(LuceneFields.StoredClause)
            ?? throw new InvalidDataException($"Document {doc} of the index has no stored copy."));
        if (!standards.TryGetValue(clause.StandardId, out var standard))
        {
            standards[clause.StandardId] = standard = LoadStandard(clause.StandardId);
        }

        return clause.On(standard);
    }

    /// <summary>The standard's own document: among the documents under its ID, the one of the standard kind.</summary>
    private SearchDocument LoadStandard(int standardId)
    {
        var id = new Term(LuceneFields.StandardId, LuceneTerms.StandardId(standardId));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var documents = reader.GetTermDocsEnum(id);
            var standardDocuments = reader.GetTermDocsEnum(StandardKind);
            if (documents is null || standardDocuments is null)
            {
                continue;
            }

            for (var doc = documents.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.NextDoc())
            {
                if (standardDocuments.DocID < doc)
                {
                    standardDocuments.Advance(doc);
                }

                if (standardDocuments.DocID == doc)
                {
                    return StoredSearchDocument.Read(reader.Document(doc).GetField(LuceneFields.Stored));
                }
            }
        }

        throw new InvalidDataException($"The index holds clauses of standard {standardId} but not the standard's own document.");
    }
}
