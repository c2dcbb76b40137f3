namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// The best-scoring part plus a share of the others (Lucene's <c>DisjunctionMaxQuery</c>, Elasticsearch's
/// <c>multi_match</c> <c>best_fields</c> with <c>tie_breaker</c>); a document matches when any part does.
/// </summary>
internal sealed class DisjunctionMaxNode(WindowNode[] parts, float tieBreaker) : WindowNode
{
    private readonly float[] best = new float[ScoringWindow.Size];

    public override int NextCandidate
    {
        get
        {
            var first = int.MaxValue;
            foreach (var part in parts)
            {
                first = Math.Min(first, part.NextCandidate);
            }

            return first;
        }
    }

    public override void Evaluate(int start)
    {
        // Scores holds the sum of the parts' scores until the last step.
        Array.Clear(Matches);
        foreach (var part in parts)
        {
            part.Evaluate(start);
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                var theirs = part.Matches[word];
                var ours = Matches[word];
                for (var bits = theirs & ours; bits != 0; bits &= bits - 1)
                {
                    var offset = ScoringWindow.Offset(word, bits);
                    var score = part.Scores[offset];
                    Scores[offset] += score;
                    best[offset] = Math.Max(best[offset], score);
                }

                for (var bits = theirs & ~ours; bits != 0; bits &= bits - 1)
                {
                    var offset = ScoringWindow.Offset(word, bits);
                    Scores[offset] = best[offset] = part.Scores[offset];
                }

                Matches[word] = ours | theirs;
            }
        }

        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = Matches[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] = best[offset] + ((Scores[offset] - best[offset]) * tieBreaker);
            }
        }
    }
}
