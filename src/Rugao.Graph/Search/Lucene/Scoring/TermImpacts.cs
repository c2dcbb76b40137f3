using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// For one term in one segment, the highest frequency it has at each encoded field length (norm): BM25 grows with
/// frequency, so the term's best score in the segment is at one of these pairs whatever the collection statistics
/// (Lucene 8+ keeps such "impacts" in the index). Read with one pass over the term's postings the first time a
/// query uses the term, then kept while the segment lives.
/// </summary>
internal sealed class TermImpacts
{
    /// <summary>Terms remembered per segment before the memory is started afresh.</summary>
    private const int KeptPerSegment = 100_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, TermImpacts>> Cache = new();

    private readonly (int Norm, int Frequency)[] impacts;

    private TermImpacts((int Norm, int Frequency)[] impacts) => this.impacts = impacts;

    public static TermImpacts Of(AtomicReaderContext leaf, Term term, TermState state, SegmentNorms? norms)
    {
        var kept = Cache.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<Term, TermImpacts>());
        if (kept.TryGetValue(term, out var impacts))
        {
            return impacts;
        }

        if (kept.Count >= KeptPerSegment)
        {
            kept.Clear();
        }

        impacts = Read(leaf.AtomicReader, term, state, norms);
        kept.TryAdd(new Term(term.Field, BytesRef.DeepCopyOf(term.Bytes)), impacts);
        return impacts;
    }

    /// <summary>
    /// The term's highest score in the segment under <paramref name="weight"/>, widened by a relative 1e-5 so that
    /// rounding in the sums a document's score is made of never lifts it above the sum of such maxima.
    /// </summary>
    public float MaxScore(Bm25TermWeight weight)
    {
        var max = 0f;
        foreach (var (norm, frequency) in impacts)
        {
            max = Math.Max(max, weight.Score(frequency, norm));
        }

        return max * 1.00001f;
    }

    private static TermImpacts Read(AtomicReader reader, Term term, TermState state, SegmentNorms? norms)
    {
        var lookup = reader.GetTerms(term.Field)!.GetEnumerator();
        lookup.SeekExact(term.Bytes, state);
        // Deleted documents are read too: a bound over more documents is still a bound.
        var postings = lookup.Docs(null, null, DocsFlags.FREQS);
        var normOfDoc = norms?.OfDoc;
        if (normOfDoc is null)
        {
            var most = 0;
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                most = Math.Max(most, postings.Freq);
            }

            return new TermImpacts([(Bm25TermWeight.NoNorm, most)]);
        }

        var highest = new int[256];
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            highest[normOfDoc[doc]] = Math.Max(highest[normOfDoc[doc]], postings.Freq);
        }

        return new TermImpacts([.. Enumerable.Range(0, 256).Where(n => highest[n] > 0).Select(n => (n, highest[n]))]);
    }
}
