using Lucene.Net.Search.Similarities;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// A term where the query uses it: its matches from the shared <see cref="TermPostings"/>, scored by the similarity
/// with this occurrence's boost (Lucene's <c>TermScorer</c>); without a scorer it only matches (inside a constant score).
/// </summary>
internal sealed class TermNode(TermPostings postings, Similarity.SimScorer? scorer) : WindowNode
{
    public override int NextCandidate => postings.NextCandidate;

    public override void Evaluate(int start)
    {
        postings.Fill(start);
        Array.Copy(postings.Matches, Matches, ScoringWindow.Words);
        if (scorer is null)
        {
            return;
        }

        var frequencies = postings.Frequencies;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = Matches[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] = scorer.Score(start + offset, frequencies[offset]);
            }
        }
    }
}
