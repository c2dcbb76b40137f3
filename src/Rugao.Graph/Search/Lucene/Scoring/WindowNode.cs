namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// One part of a query over one segment, evaluated a <see cref="ScoringWindow"/> at a time in two steps. First
/// <see cref="Match"/> fills <see cref="Matches"/>, a bit per document of the window the part matches, from only
/// what decides matching, so every match can be counted. Then <see cref="Score"/> fills <see cref="Scores"/> only
/// for the documents asked for: those that could still enter the page (<see cref="HitBounds"/>). Entries of <see cref="Scores"/> outside what
/// was asked are left as they were and must not be read.
/// </summary>
internal abstract class WindowNode(WindowArena arena)
{
    private ulong[]? matches;
    private float[]? scores;
    private int matched = -1;

    public ulong[] Matches => matches ??= arena.Bits();

    public float[] Scores => scores ??= arena.Scores();

    protected WindowArena Arena => arena;

    /// <summary>A score no document of the segment exceeds in this part.</summary>
    public abstract float MaxScore { get; }

    /// <summary>
    /// A document number no match of this part can be below, given the windows evaluated so far; only ever grows.
    /// Windows before it are skipped without asking the part.
    /// </summary>
    public abstract int NextCandidate { get; }

    /// <summary>Fills <see cref="Matches"/> for the window starting at document <paramref name="start"/>, once per window.</summary>
    public void Match(int start)
    {
        if (matched == start)
        {
            return;
        }

        matched = start;
        OnMatch(start);
    }

    /// <summary>
    /// The terms and constants whose scores this part's score is made of. A document's score is at most the sum of
    /// the <see cref="MaxScore"/> of those that match it (<see cref="HitBounds"/>).
    /// </summary>
    public abstract IEnumerable<WindowNode> ScoredLeaves { get; }

    /// <summary>Whether <see cref="Matches"/> holds the window starting at <paramref name="start"/>.</summary>
    public bool IsMatched(int start) => matched == start;

    /// <summary>Fills <see cref="Scores"/> for the documents of <paramref name="wanted"/> this part matches.</summary>
    public abstract void Score(int start, ulong[] wanted);

    protected abstract void OnMatch(int start);

    /// <summary>The first document any of <paramref name="parts"/> could match.</summary>
    protected static int FirstCandidate(WindowNode[] parts)
    {
        var first = int.MaxValue;
        foreach (var part in parts)
        {
            first = Math.Min(first, part.NextCandidate);
        }

        return first;
    }

    /// <summary>Matches in <paramref name="matches"/> whatever any of <paramref name="parts"/> matches in the window.</summary>
    protected static void MatchAny(WindowNode[] parts, int start, ulong[] matches)
    {
        Array.Clear(matches);
        foreach (var part in parts)
        {
            part.Match(start);
            var theirs = part.Matches;
            for (var word = 0; word < ScoringWindow.Words; word++)
            {
                matches[word] |= theirs[word];
            }
        }
    }

    /// <summary>Puts in <paramref name="asked"/> the wanted documents this part matches; false when there are none.</summary>
    protected bool Ask(ulong[] wanted, ulong[] asked)
    {
        var matches = Matches;
        var any = 0UL;
        for (var word = 0; word < ScoringWindow.Words; word++)
        {
            any |= asked[word] = matches[word] & wanted[word];
        }

        return any != 0;
    }
}
