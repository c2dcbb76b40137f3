using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// One term's postings in one segment, read a window at a time and shared by every part of the query that uses the
/// term (the any-bigram and all-bigrams parts name the same bigrams), so each posting is decoded once.
/// </summary>
internal sealed class TermPostings
{
    private readonly DocsEnum documents;
    private int filled = -1;
    private int doc;

    private TermPostings(DocsEnum documents, WindowArena arena)
    {
        this.documents = documents;
        Matches = arena.Bits();
        Frequencies = arena.Integers();
        doc = documents.NextDoc();
    }

    public ulong[] Matches { get; }

    public int[] Frequencies { get; }

    /// <summary>The first posting not read yet.</summary>
    public int NextCandidate => doc;

    /// <summary>Reads the postings of the window starting at <paramref name="start"/>; windows only move forward.</summary>
    public void Fill(int start)
    {
        if (filled == start)
        {
            return;
        }

        filled = start;
        Array.Clear(Matches);
        if (doc < start)
        {
            doc = documents.Advance(start);
        }

        var end = start + ScoringWindow.Size;
        while (doc < end)
        {
            var offset = doc - start;
            ScoringWindow.Set(Matches, offset);
            Frequencies[offset] = documents.Freq;
            doc = documents.NextDoc();
        }
    }

    public static TermPostings? Open(AtomicReaderContext leaf, Term term, TermContext context, SearchTerms terms, WindowArena arena)
    {
        var state = context.Get(leaf.Ord);
        if (state is null || terms.Enumerator(leaf, term.Field) is not { } lookup)
        {
            return null;
        }

        lookup.SeekExact(term.Bytes, state);
        // Frequencies are asked for even when only a constant score uses the term: identifier fields have none, and
        // their postings then say 1.
        var documents = lookup.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
        if (documents is null)
        {
            return null;
        }

        var postings = new TermPostings(documents, arena);
        return postings.doc == DocIdSetIterator.NO_MORE_DOCS ? null : postings;
    }
}
