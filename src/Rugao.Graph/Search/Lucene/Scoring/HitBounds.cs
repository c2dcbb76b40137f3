
namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// Leaves unscored the matches of a window that cannot enter the page (MaxScore, as Lucene 8+ and Elasticsearch 7+
/// skip hits that cannot compete). A document's score is at most the sum of the maximum scores of the terms and
/// constants that match it, since every part's score grows with its parts' scores and none exceeds their sum; a
/// term not read in the window (an optional part, read only for documents being scored) counts as matching every
/// document. The terms whose maxima together stay below the page's last score cannot lift a document onto it
/// alone, so only documents matching one of the others are bounded one by one.
/// </summary>
internal sealed class HitBounds(WindowNode root, WindowArena arena)
{
    private readonly WindowNode[] leaves = [.. root.ScoredLeaves.OrderBy(leaf => leaf.MaxScore)];
    private readonly float[] bounds = arena.Scores();
    private readonly ulong[] candidates = arena.Bits();

    /// <summary>Clears from <paramref name="wanted"/> the documents whose bound is below <paramref name="threshold"/>.</summary>
    public void Prune(int start, ulong[] wanted, float threshold)
    {
        var unread = 0f;
        foreach (var leaf in leaves)
        {
            if (!leaf.IsMatched(start))
            {
                unread += leaf.MaxScore;
            }
        }

        // Leaves are in ascending order of maximum: the first ones, up to the threshold, are not essential.
        var below = unread;
        var essential = 0;
        for (; essential < leaves.Length; essential++)
        {
            var leaf = leaves[essential];
            if (!leaf.IsMatched(start))
            {
                continue;
            }

            if (below + leaf.MaxScore >= threshold)
            {
                break;
            }

            below += leaf.MaxScore;
        }

        Array.Clear(candidates);
        for (var i = essential; i < leaves.Length; i++)
        {
            if (leaves[i].IsMatched(start))
            {
                var matches = leaves[i].Matches;
                for (var word = 0; word < ScoringWindow.Words; word++)
                {
                    candidates[word] |= matches[word];
                }
            }
        }

        // The candidates are few: every leaf is then only looked at in the words that hold some.
        Span<int> busy = stackalloc int[ScoringWindow.Words];
        var busyWords = 0;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            if ((wanted[word] &= candidates[word]) != 0)
            {
                busy[busyWords++] = word;
            }
        }

        busy = busy[..busyWords];
        foreach (var word in busy)
        {
            for (var bits = wanted[word]; bits != 0; bits &= bits - 1)
            {
                bounds[ScoringWindow.Offset(word, bits)] = unread;
            }
        }

        foreach (var leaf in leaves)
        {
            if (!leaf.IsMatched(start))
            {
                continue;
            }

            var max = leaf.MaxScore;
            var matches = leaf.Matches;
            foreach (var word in busy)
            {
                for (var bits = matches[word] & wanted[word]; bits != 0; bits &= bits - 1)
                {
                    bounds[ScoringWindow.Offset(word, bits)] += max;
                }
            }
        }

        foreach (var word in busy)
        {
            for (var bits = wanted[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                if (bounds[offset] < threshold)
                {
                    wanted[word] &= ~(bits & (0 - bits));
                }
            }
        }
    }
}
