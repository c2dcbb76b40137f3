using System.Numerics;

namespace Rugao.Graph.Search.Lucene.Scoring;

/// <summary>
/// A run of consecutive documents scored together: each part of a query fills the window's match bits and scores
/// from its postings before the next part is asked, so a document costs array reads instead of a chain of scorer
/// calls (Lucene's <c>BooleanScorer</c> buckets, used for the whole query tree).
/// </summary>
internal static class ScoringWindow
{
    /// <summary>Documents per window: the bits fit in 32 longs, the scores in 8 KB.</summary>
    public const int Size = 2048;

    public const int Words = Size / 64;

    public static void Set(ulong[] matches, int offset) => matches[offset >> 6] |= 1UL << offset;

    public static bool IsEmpty(ulong[] matches)
    {
        foreach (var word in matches)
        {
            if (word != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The offset of the lowest set bit of <paramref name="bits"/> in word <paramref name="word"/>.</summary>
    public static int Offset(int word, ulong bits) => (word << 6) + BitOperations.TrailingZeroCount(bits);
}
