namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>Whatever the inner part matches, with one score (Lucene's <c>ConstantScoreQuery</c>).</summary>
internal sealed class ConstantNode(WindowNode inner, float score, WindowArena arena) : WindowNode(arena)
{
    /// <summary>The score, widened as a term's maximum is (<see cref="TermImpacts.MaxScore"/>): bounds are sums added in another order than scores.</summary>
    public override float MaxScore => score * 1.00001f;

    public override int NextCandidate => inner.NextCandidate;

    public override IEnumerable<WindowNode> ScoredLeaves => [this];

    public override void Score(int start, ulong[] wanted)
    {
        var matches = Matches;
        var scores = Scores;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = matches[word] & wanted[word]; bits != 0; bits &= bits - 1)
            {
                scores[ScoringWindow.Offset(word, bits)] = score;
            }
        }
    }

    protected override void OnMatch(int start)
    {
        inner.Match(start);
        Array.Copy(inner.Matches, Matches, ScoringWindow.Words);
    }
}
