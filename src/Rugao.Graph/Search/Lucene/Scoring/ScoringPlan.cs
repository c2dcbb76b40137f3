using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// A query compiled once per search into parts that are evaluated a window at a time in each segment
/// (<see cref="ForSegment"/>). It takes exactly the queries <see cref="LuceneQueryFactory"/> builds — terms, boolean
/// queries of required and optional parts, disjunction-max and constant-score queries — and scores them as
/// Lucene does under BM25 (<see cref="FieldBm25Similarity"/>): term weights with the boosts of every enclosing
/// query multiplied in, in Lucene's order; BM25 has neither a query norm nor a coord.
/// </summary>
internal sealed class ScoringPlan
{
    private readonly Part root;

    private readonly SearchTerms terms;

    private ScoringPlan(Part root, SearchTerms terms)
    {
        this.root = root;
        this.terms = terms;
    }

    /// <param name="terms">The search's term lookups over the searcher's reader.</param>
    public static ScoringPlan Compile(IndexSearcher searcher, Query query, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(terms);
        return new ScoringPlan(Compile(searcher, query, 1f, scored: true, terms), terms);
    }

    /// <summary>The plan's parts over one segment, or null when nothing in the segment can match.</summary>
    /// <param name="arena">Where the parts' window arrays come from; they are in use until the search of the segment ends.</param>
    public WindowNode? ForSegment(AtomicReaderContext leaf, WindowArena arena)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        return root.Open(new Segment(leaf, new Dictionary<Term, TermPostings?>(), arena, terms));
    }

    private static Part Compile(IndexSearcher searcher, Query query, float enclosingBoost, bool scored,
        SearchTerms terms)
    {
        var similarity = searcher.Similarity as FieldBm25Similarity
            ?? throw new NotSupportedException("The scoring plan scores with BM25 (FieldBm25Similarity) only.");
        switch (query)
        {
            case TermQuery term:
                var context = terms.Of(term.Term);
                var weight = scored
                    ? similarity.Weigh(term.Boost, enclosingBoost, searcher.CollectionStatistics(term.Term.Field),
                        searcher.TermStatistics(term.Term, context))
                    : null;
                return new TermPart(term.Term, context, weight);

            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0
                && boolean.Clauses.All(c => c.Occur is Occur.MUST or Occur.SHOULD):
                var boost = enclosingBoost * boolean.Boost;
                return new BooleanPart(
                    [.. boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => Compile(searcher, c.Query, boost, scored, terms))],
                    [.. boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).Select(c => Compile(searcher, c.Query, boost, scored, terms))]);

            case DisjunctionMaxQuery disjunction:
                var disjunctionBoost = enclosingBoost * disjunction.Boost;
                return new DisjunctionMaxPart(
                    [.. disjunction.Disjuncts.Select(d => Compile(searcher, d, disjunctionBoost, scored, terms))],
                    disjunction.TieBreakerMultiplier);

            case ConstantScoreQuery { Query: { } inner } constant:
                return new ConstantPart(Compile(searcher, inner, 1f, scored: false, terms), constant.Boost * enclosingBoost);

            default:
                throw new NotSupportedException($"The scoring plan does not evaluate {query.GetType().Name}: {query}.");
        }
    }

    /// <summary>What the parts of one segment share: its postings, read once per term, and its window arrays.</summary>
    private sealed record Segment(AtomicReaderContext Leaf, Dictionary<Term, TermPostings?> Postings, WindowArena Arena, SearchTerms Terms);

    private abstract class Part
    {
        public abstract WindowNode? Open(Segment segment);
    }

    private sealed class TermPart(Term term, TermContext context, Bm25TermWeight? weight) : Part
    {
        public override WindowNode? Open(Segment segment)
        {
            var leaf = segment.Leaf;
            if (!segment.Postings.TryGetValue(term, out var shared))
            {
                shared = TermPostings.Open(leaf, term, context, segment.Terms, segment.Arena);
                segment.Postings.Add(term, shared);
            }

            if (shared is null)
            {
                return null;
            }

            if (weight is null)
            {
                return new TermNode(shared, null, null, 0, segment.Arena);
            }

            var norms = SegmentNorms.Of(leaf.AtomicReader, term.Field);
            var maxScore = TermImpacts.Of(leaf, term, context.Get(leaf.Ord), norms).MaxScore(weight);
            return new TermNode(shared, weight, norms, maxScore, segment.Arena);
        }
    }

    private sealed class BooleanPart(Part[] required, Part[] optional) : Part
    {
        public override WindowNode? Open(Segment segment)
        {
            var requiredNodes = new WindowNode[required.Length];
            for (var i = 0; i < required.Length; i++)
            {
                if (required[i].Open(segment) is not { } node)
                {
                    return null;
                }

                requiredNodes[i] = node;
            }

            WindowNode[] optionalNodes = [.. optional.Select(p => p.Open(segment)).OfType<WindowNode>()];
            return requiredNodes.Length + optionalNodes.Length == 0 ? null : new BooleanNode(requiredNodes, optionalNodes, segment.Arena);
        }
    }

    private sealed class DisjunctionMaxPart(Part[] parts, float tieBreaker) : Part
    {
        public override WindowNode? Open(Segment segment)
        {
            WindowNode[] nodes = [.. parts.Select(p => p.Open(segment)).OfType<WindowNode>()];
            return nodes.Length == 0 ? null : new DisjunctionMaxNode(nodes, tieBreaker, segment.Arena);
        }
    }

    private sealed class ConstantPart(Part inner, float score) : Part
    {
        public override WindowNode? Open(Segment segment) =>
            inner.Open(segment) is { } node ? new ConstantNode(node, score, segment.Arena) : null;
    }
}
