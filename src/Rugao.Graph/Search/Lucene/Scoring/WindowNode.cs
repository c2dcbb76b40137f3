namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// One part of a query over one segment, evaluated a <see cref="ScoringWindow"/> at a time: after
/// <see cref="Evaluate"/>, <see cref="Matches"/> holds a bit per document of the window that the part matches and
/// <see cref="Scores"/> its score there (other entries are left as they were and must not be read).
/// </summary>
internal abstract class WindowNode
{
    public ulong[] Matches { get; } = new ulong[ScoringWindow.Words];

    public float[] Scores { get; } = new float[ScoringWindow.Size];

    /// <summary>
    /// A document number no match of this part can be below, given the windows evaluated so far; only ever grows.
    /// Windows before it are skipped without asking the part.
    /// </summary>
    public abstract int NextCandidate { get; }

    /// <summary>Fills <see cref="Matches"/> and <see cref="Scores"/> for the window starting at document <paramref name="start"/>.</summary>
    public abstract void Evaluate(int start);
}
