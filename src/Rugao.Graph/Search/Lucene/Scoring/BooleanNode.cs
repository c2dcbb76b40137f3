namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// Required and optional parts, scores summed (Lucene's <c>BooleanQuery</c> under BM25, which has no coord): with
/// required parts a document must match them all and the optional ones only add to its score, so they are not read
/// in a window the required parts left empty; without, a document must match any optional part.
/// </summary>
internal sealed class BooleanNode : WindowNode
{
    private readonly WindowNode[] required;
    private readonly WindowNode[] optional;

    public BooleanNode(WindowNode[] required, WindowNode[] optional)
    {
        if (required.Length + optional.Length == 0)
        {
            throw new ArgumentException("A boolean part needs at least one part.", nameof(required));
        }

        this.required = required;
        this.optional = optional;
    }

    public override int NextCandidate
    {
        get
        {
            if (required.Length > 0)
            {
                var next = 0;
                foreach (var part in required)
                {
                    next = Math.Max(next, part.NextCandidate);
                }

                return next;
            }

            var first = int.MaxValue;
            foreach (var part in optional)
            {
                first = Math.Min(first, part.NextCandidate);
            }

            return first;
        }
    }

    public override void Evaluate(int start)
    {
        if (required.Length == 0)
        {
            Array.Clear(Matches);
            foreach (var part in optional)
            {
                Add(part, start, onlyWhereMatched: false);
            }

            return;
        }

        required[0].Evaluate(start);
        Array.Copy(required[0].Matches, Matches, ScoringWindow.Words);
        for (var i = 1; i < required.Length && !ScoringWindow.IsEmpty(Matches); i++)
        {
            required[i].Evaluate(start);
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                Matches[word] &= required[i].Matches[word];
            }
        }

        if (ScoringWindow.IsEmpty(Matches))
        {
            return;
        }

        CopyScores(required[0]);
        for (var i = 1; i < required.Length; i++)
        {
            AddScores(required[i]);
        }

        foreach (var part in optional)
        {
            Add(part, start, onlyWhereMatched: true);
        }
    }

    private void Add(WindowNode part, int start, bool onlyWhereMatched)
    {
        part.Evaluate(start);
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            var theirs = part.Matches[word];
            var ours = Matches[word];
            for (var bits = theirs & ours; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] += part.Scores[offset];
            }

            if (onlyWhereMatched)
            {
                continue;
            }

            for (var bits = theirs & ~ours; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] = part.Scores[offset];
            }

            Matches[word] = ours | theirs;
        }
    }

    private void CopyScores(WindowNode part)
    {
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = Matches[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] = part.Scores[offset];
            }
        }
    }

    private void AddScores(WindowNode part)
    {
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = Matches[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                Scores[offset] += part.Scores[offset];
            }
        }
    }
}
