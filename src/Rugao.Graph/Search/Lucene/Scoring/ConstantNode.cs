namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>Whatever the inner part matches, with one score (Lucene's <c>ConstantScoreQuery</c>).</summary>
internal sealed class ConstantNode(WindowNode inner, float score, WindowArena arena) : WindowNode(arena)
{
    public override float MaxScore => score;

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
