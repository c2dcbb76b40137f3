using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Rugao.Graph.Search.Lucene;

/// <summary>
/// Matches per standard as two sorted arrays: building it is a pass over the reader's standards, where a hash
/// table would cost an insert for each of tens of thousands of standards a common word matches.
/// </summary>
internal sealed class StandardCounts : IReadOnlyDictionary<int, int>
{
    private readonly int[] standards;
    private readonly int[] counts;

    /// <param name="standardIds">Standard IDs, ascending.</param>
    /// <param name="countOfStandard">
    /// The count of each of <paramref name="standardIds"/>, at the same index (it may be longer); zeros are left out.
    /// </param>
    public StandardCounts(int[] standardIds, int[] countOfStandard)
    {
        ArgumentNullException.ThrowIfNull(standardIds);
        ArgumentNullException.ThrowIfNull(countOfStandard);
        var present = 0;
        for (var i = 0; i < standardIds.Length; i++)
        {
            present += countOfStandard[i] > 0 ? 1 : 0;
        }

        standards = new int[present];
        counts = new int[present];
        for (int i = 0, at = 0; i < standardIds.Length; i++)
        {
            if (countOfStandard[i] > 0)
            {
                standards[at] = standardIds[i];
                counts[at++] = countOfStandard[i];
            }
        }
    }

    public int Count => standards.Length;

    public IEnumerable<int> Keys => standards;

    public IEnumerable<int> Values => counts;

    public int this[int key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No matches counted for standard {key}.");

    public bool ContainsKey(int key) => Array.BinarySearch(standards, key) >= 0;

    public bool TryGetValue(int key, [MaybeNullWhen(false)] out int value)
    {
        var at = Array.BinarySearch(standards, key);
        value = at >= 0 ? counts[at] : 0;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<int, int>> GetEnumerator()
    {
        for (var i = 0; i < standards.Length; i++)
        {
            yield return new KeyValuePair<int, int>(standards[i], counts[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
