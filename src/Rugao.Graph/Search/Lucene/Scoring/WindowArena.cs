namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// The window arrays of one segment search, handed out again to the next search on the same thread: a question
/// builds a hundred parts per segment, each with a window of scores, and allocating them afresh for every search
/// made the garbage collector and page faults a tenth of a search's time. Contents are left as the last search
/// wrote them; every part writes an entry before reading it.
/// </summary>
internal sealed class WindowArena
{
    /// <summary>Beyond this many score windows (8 KB each) kept by a thread, they are dropped after the search.</summary>
    private const int MaxKept = 2048;

    [ThreadStatic]
    private static WindowArena? current;

    private readonly List<float[]> scores = [];
    private readonly List<int[]> integers = [];
    private readonly List<ulong[]> bits = [];
    private int scoresUsed;
    private int integersUsed;
    private int bitsUsed;

    /// <summary>The calling thread's arena; <see cref="Reuse"/> it when the search that uses it is done.</summary>
    public static WindowArena OfThisThread() => current ??= new WindowArena();

    public float[] Scores() => Next(scores, ref scoresUsed, () => new float[ScoringWindow.Size]);

    public int[] Integers() => Next(integers, ref integersUsed, () => new int[ScoringWindow.Size]);

    public ulong[] Bits() => Next(bits, ref bitsUsed, () => new ulong[ScoringWindow.Words]);

    /// <summary>Makes every array handed out since the last call available again.</summary>
    public void Reuse()
    {
        if (scores.Count > MaxKept)
        {
            scores.Clear();
            integers.Clear();
            bits.Clear();
        }

        scoresUsed = integersUsed = bitsUsed = 0;
    }

    private static T[] Next<T>(List<T[]> kept, ref int used, Func<T[]> create)
    {
        if (used == kept.Count)
        {
            kept.Add(create());
        }

        return kept[used++];
    }
}
