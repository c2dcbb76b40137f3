namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// A term where the query uses it: its matches from the shared <see cref="TermPostings"/>, scored by BM25 with this
/// occurrence's boost (Lucene's <c>TermScorer</c>); without a weight it only matches (inside a constant score).
/// </summary>
internal sealed class TermNode(TermPostings postings, Bm25TermWeight? weight, SegmentNorms? norms, float maxScore, WindowArena arena)
    : WindowNode(arena)
{
    private readonly byte[]? normOfDoc = norms?.OfDoc;

    public override float MaxScore => maxScore;

    public override int NextCandidate => postings.NextCandidate;

    public override IEnumerable<WindowNode> ScoredLeaves => weight is null ? [] : [this];

    public override void Score(int start, ulong[] wanted)
    {
        if (weight is null)
        {
            return;
        }

        var matches = Matches;
        var frequencies = postings.Frequencies;
        var scores = Scores;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = matches[word] & wanted[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                scores[offset] = weight.Score(frequencies[offset], normOfDoc, start + offset);
            }
        }
    }

    protected override void OnMatch(int start)
    {
        postings.Fill(start);
        Array.Copy(postings.Matches, Matches, ScoringWindow.Words);
    }
}
