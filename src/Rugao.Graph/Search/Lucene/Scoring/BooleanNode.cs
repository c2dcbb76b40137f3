namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// Required and optional parts, scores summed (Lucene's <c>BooleanQuery</c> under BM25, which has no coord): with
/// required parts a document must match them all and the optional ones only add to its score, so they are read
/// only when a document they could add to is scored; without, a document must match any optional part.
/// </summary>
internal sealed class BooleanNode : WindowNode
{
    private readonly WindowNode[] required;
    private readonly WindowNode[] optional;
    private readonly float optionalMax;
    private readonly ulong[] asked;
    private readonly ulong[] scored;

    public BooleanNode(WindowNode[] required, WindowNode[] optional, WindowArena arena)
        : base(arena)
    {
        if (required.Length + optional.Length == 0)
        {
            throw new ArgumentException("A boolean part needs at least one part.", nameof(required));
        }

        this.required = required;
        this.optional = optional;
        asked = arena.Bits();
        scored = arena.Bits();
        optionalMax = optional.Sum(p => p.MaxScore);
        MaxScore = required.Sum(p => p.MaxScore) + optionalMax;
    }

    public override float MaxScore { get; }

    public override IEnumerable<WindowNode> ScoredLeaves => required.Concat(optional).SelectMany(p => p.ScoredLeaves);

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

            return FirstCandidate(optional);
        }
    }

    public override void Score(int start, ulong[] wanted)
    {
        if (!Ask(wanted, asked))
        {
            return;
        }

        if (required.Length == 0)
        {
            Array.Clear(scored);
            foreach (var part in optional)
            {
                Add(part, start);
            }

            return;
        }

        Array.Copy(asked, scored, ScoringWindow.Words);
        required[0].Score(start, asked);
        var scores = Scores;
        var first = required[0].Scores;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            for (var bits = asked[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                scores[offset] = first[offset];
            }
        }

        for (var i = 1; i < required.Length; i++)
        {
            Add(required[i], start);
        }

        foreach (var part in optional)
        {
            part.Match(start);
            Add(part, start);
        }
    }

    protected override void OnMatch(int start)
    {
        var matches = Matches;
        if (required.Length == 0)
        {
            MatchAny(optional, start, matches);
            return;
        }

        required[0].Match(start);
        Array.Copy(required[0].Matches, matches, ScoringWindow.Words);
        for (var i = 1; i < required.Length && !ScoringWindow.IsEmpty(matches); i++)
        {
            required[i].Match(start);
            var theirs = required[i].Matches;
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                matches[word] &= theirs[word];
            }
        }
    }

    /// <summary>Adds a part's scores for the asked documents it matches; a document scored for the first time takes it as is.</summary>
    private void Add(WindowNode part, int start)
    {
        part.Score(start, asked);
        var scores = Scores;
        var theirs = part.Scores;
        var partMatches = part.Matches;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            var hits = partMatches[word] & asked[word];
            for (var bits = hits & scored[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                scores[offset] += theirs[offset];
            }

            for (var bits = hits & ~scored[word]; bits != 0; bits &= bits - 1)
            {
                var offset = ScoringWindow.Offset(word, bits);
                scores[offset] = theirs[offset];
            }

            scored[word] |= hits;
        }
    }
}
