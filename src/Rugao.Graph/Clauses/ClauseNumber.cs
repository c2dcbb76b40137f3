using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Rugao.Graph.Clauses;

// Keys hold one int per segment; an appendix letter is keyed above every chapter number (A = 1001), so comparing
// keys left to right is document order: chapters numerically, then appendices, each parent before its children.
public sealed class ClauseNumber : IEquatable<ClauseNumber>, IComparable<ClauseNumber>
{
    public const int MaxDepth = 6;
    internal const int MaxSegment = 999;
    internal const int AppendixBase = 1000;

    private readonly int[] keys;

    private ClauseNumber(int[] keys)
    {
        this.keys = keys;
        Segments = Array.AsReadOnly(Array.ConvertAll(keys, SegmentText));
    }

    public IReadOnlyList<string> Segments { get; }

    public int Depth => keys.Length;

    public bool IsAppendix => keys[0] > AppendixBase;

    public ClauseNumber? Parent => keys.Length == 1 ? null : new ClauseNumber(keys[..^1]);

    public ClauseKind DefaultKind => keys.Length > 1 ? ClauseKind.Clause : IsAppendix ? ClauseKind.Appendix : ClauseKind.Chapter;

    // Fixed-width digits only, so that ORDER BY gives document order under any collation.
    public string SortKey => string.Concat(keys.Select(key => key.ToString("D4", CultureInfo.InvariantCulture)));

    public static ClauseNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var number, out var error) ? number : throw new FormatException(error);
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out ClauseNumber? number, [NotNullWhen(false)] out string? error)
    {
        var parsed = TryParseWithCode(text, out number, out var problem);
        error = problem?.Describe(text).Message;
        return parsed;
    }

    internal static bool TryParseWithCode(
        string? text, [NotNullWhen(true)] out ClauseNumber? number, [NotNullWhen(false)] out ClauseNumberProblem? problem)
    {
        number = ClauseNumberParser.TryParse(text, out var keys, out problem) ? new ClauseNumber(keys) : null;
        return number is not null;
    }

    public int CompareTo(ClauseNumber? other)
    {
        if (other is null)
        {
            return 1;
        }

        var shared = Math.Min(keys.Length, other.keys.Length);
        for (var i = 0; i < shared; i++)
        {
            if (keys[i] != other.keys[i])
            {
                return keys[i].CompareTo(other.keys[i]);
            }
        }

        return keys.Length.CompareTo(other.keys.Length);
    }

    public bool Equals(ClauseNumber? other) => other is not null && keys.AsSpan().SequenceEqual(other.keys);

    public override bool Equals(object? obj) => Equals(obj as ClauseNumber);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var key in keys)
        {
            hash.Add(key);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => string.Join('.', Segments);

    public static bool operator ==(ClauseNumber? left, ClauseNumber? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(ClauseNumber? left, ClauseNumber? right) => !(left == right);

    public static bool operator <(ClauseNumber? left, ClauseNumber? right) => Compare(left, right) < 0;

    public static bool operator <=(ClauseNumber? left, ClauseNumber? right) => Compare(left, right) <= 0;

    public static bool operator >(ClauseNumber? left, ClauseNumber? right) => Compare(left, right) > 0;

    public static bool operator >=(ClauseNumber? left, ClauseNumber? right) => Compare(left, right) >= 0;

    private static int Compare(ClauseNumber? left, ClauseNumber? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string SegmentText(int key) => key > AppendixBase
        ? ((char)('A' + key - AppendixBase - 1)).ToString()
        : key.ToString(CultureInfo.InvariantCulture);
}
