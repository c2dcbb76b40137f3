using Lucene.Net.Index;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// The terms one search looks up, found once per term and segment through one terms enumerator per field and
/// segment, kept for the search. A question names dozens of terms in several fields and looks each up three times
/// (is it common, its statistics, its postings); a new enumerator per lookup was a fifth of what a search allocated.
/// Built on the searching thread; while segments are searched side by side, each segment's enumerators are used by
/// the one thread searching it.
/// </summary>
internal sealed class SearchTerms(IndexReader reader)
{
    private readonly Dictionary<Term, TermContext> contexts = [];
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> enumerators = [];

    public int MaxDoc => reader.MaxDoc;

    /// <summary>The term's state and statistics in every segment.</summary>
    public TermContext Of(Term term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (contexts.TryGetValue(term, out var known))
        {
            return known;
        }

        var context = new TermContext(reader.Context);
        foreach (var leaf in reader.Leaves)
        {
            if (Enumerator(leaf, term.Field) is { } terms && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        contexts.Add(term, context);
        return context;
    }

    /// <summary>The segment's enumerator of the field's terms, wherever its last lookup left it; null when the field has none there.</summary>
    public TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        if (!enumerators.TryGetValue((leaf.Ord, field), out var terms))
        {
            terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            enumerators.Add((leaf.Ord, field), terms);
        }

        return terms;
    }
}
