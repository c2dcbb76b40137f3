using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The search documents of hits: a clause's stored part (<see cref="StoredClause"/>) joined with its standard's
/// stored document. Standards' documents are kept once read, per segment, while the segment lives: pages show the
/// clauses of the same standards again and again, and reading a stored copy means decompressing its block.
/// </summary>
internal sealed class HitDocuments(IndexSearcher searcher)
{
    /// <summary>Standards' documents kept per segment; beyond this many, the segment's are dropped and read again.</summary>
    private const int KeptPerSegment = 10_000;

    private static readonly BytesRef StandardKind = new(LuceneTerms.Kind(SearchKind.Standard));
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, SearchDocument>> Kept = new();

    private readonly Dictionary<int, SearchDocument> standards = [];

    public SearchDocument Load(int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var stored = leaf.AtomicReader.Document(doc - leaf.DocBase);
        if (stored.GetField(LuceneFields.StoredClause) is not { } part)
        {
            return Standard(leaf.AtomicReader, doc - leaf.DocBase, stored);
        }

        var clause = StoredClause.Read(part.GetBinaryValue());
        if (!standards.TryGetValue(clause.StandardId, out var standard))
        {
            standards[clause.StandardId] = standard = FindStandard(clause.StandardId);
        }

        return clause.On(standard);
    }

    /// <summary>The standard's own document: among the documents under its ID, the one of the standard kind.</summary>
    private SearchDocument FindStandard(int standardId)
    {
        var id = new Term(LuceneFields.StandardId, LuceneTerms.StandardId(standardId));
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var kinds = FieldCache.DEFAULT.GetTermsIndex(reader, LuceneFields.Kind);
            var standardKind = kinds.LookupTerm(StandardKind);
            if (standardKind < 0 || reader.GetTermDocsEnum(id) is not { } documents)
            {
                continue;
            }
            for (var doc = documents.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.NextDoc())
            {
                if (kinds.GetOrd(doc) == standardKind)
                {
                    return Standard(reader, doc, null);
                }
            }
        }

        throw new InvalidDataException($"The index holds clauses of standard {standardId} but not the standard's own document.");
    }

    /// <param name="read">The document's stored fields when they have been read already.</param>
    private static SearchDocument Standard(AtomicReader reader, int doc, LuceneDocument? read)
    {
        var kept = Kept.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<int, SearchDocument>());
        if (kept.TryGetValue(doc, out var standard))
        {
            return standard;
        }

        if (kept.Count >= KeptPerSegment)
        {
            kept.Clear();
        }

        var stored = (read ?? reader.Document(doc)).GetField(LuceneFields.Stored)
            ?? throw new InvalidDataException($"Document {doc} of a segment has no stored copy.");
        return kept[doc] = StoredSearchDocument.Read(stored);
    }
}
