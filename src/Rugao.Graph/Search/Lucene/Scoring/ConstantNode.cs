namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>Whatever the inner part matches, with one score (Lucene's <c>ConstantScoreQuery</c>).</summary>
internal sealed class ConstantNode(WindowNode inner, float score) : WindowNode
{
    public override int NextCandidate => inner.NextCandidate;

    public override void Evaluate(int start)
    {
        inner.Evaluate(start);
        Array.Copy(inner.Matches, Matches, ScoringWindow.Words);
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = Matches[word]; bits != 0; bits &= bits - 1)
            {
                Scores[ScoringWindow.Offset(word, bits)] = score;
            }
        }
    }
}
