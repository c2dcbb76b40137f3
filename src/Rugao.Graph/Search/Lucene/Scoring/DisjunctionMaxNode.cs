namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// The best-scoring part plus a share of the others (Lucene's <c>DisjunctionMaxQuery</c>, Elasticsearch's
/// <c>multi_match</c> <c>best_fields</c> with <c>tie_breaker</c>); a document matches when any part does. The score,
/// (1 − tie) × best + tie × sum, grows with every part's, so the parts' maxima give its maximum the same way.
/// </summary>
internal sealed class DisjunctionMaxNode : WindowNode
{
    private readonly WindowNode[] parts;
    private readonly float tieBreaker;
    private readonly float[] best;
    private readonly ulong[] asked;
    private readonly ulong[] scored;

    public DisjunctionMaxNode(WindowNode[] parts, float tieBreaker, WindowArena arena)
        : base(arena)
    {
        best = arena.Scores();
        asked = arena.Bits();
        scored = arena.Bits();
        this.parts = parts;
        this.tieBreaker = tieBreaker;
        MaxScore = Combine(parts.Max(p => p.MaxScore), parts.Sum(p => p.MaxScore));
    }

    public override float MaxScore { get; }

    public override IEnumerable<WindowNode> ScoredLeaves => parts.SelectMany(p => p.ScoredLeaves);

    public override int NextCandidate => FirstCandidate(parts);

    public override void Score(int start, ulong[] wanted)
    {
        if (!Ask(wanted, asked))
        {
            return;
        }

        // Scores holds the sum of the parts' scores until the last step.
        Array.Clear(scored);
        var scores = Scores;
        foreach (var part in parts)
        {
            part.Score(start, asked);
            var theirs = part.Scores;
            var partMatches = part.Matches;
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                var hits = partMatches[word] & asked[word];
                for (var bits = hits & scored[word]; bits != 0; bits &= bits - 1)
                {
                    var offset = ScoringWindow.Offset(word, bits);
                    var score = theirs[offset];
                    scores[offset] += score;
                    best[offset] = Math.Max(best[offset], score);
                }

                for (var bits = hits & ~scored[word]; bits != 0; bits &= bits - 1)
                {
                    var offset = ScoringWindow.Offset(word, bits);
                    scores[offset] = best[offset] = theirs[offset];
                }

                scored[word] |= hits;
            }
        }

        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = asked[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                scores[offset] = best[offset] + ((scores[offset] - best[offset]) * tieBreaker);
            }
        }
    }

    protected override void OnMatch(int start) => MatchAny(parts, start, Matches);

    private float Combine(float most, float sum) => ((1 - tieBreaker) * most) + (tieBreaker * sum);
}
