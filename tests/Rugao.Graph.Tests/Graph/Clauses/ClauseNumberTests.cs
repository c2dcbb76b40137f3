using Rugao.Graph.Clauses;

namespace Rugao.Graph.Tests.Graph.Clauses;

public sealed class ClauseNumberTests
{
    [Theory]
    [InlineData("5", "5", 1, false)]
    [InlineData("5.2.1", "5.2.1", 3, false)]
    [InlineData("10.12", "10.12", 2, false)]
    [InlineData("5.1.1.1.1.1", "5.1.1.1.1.1", 6, false)]
    [InlineData("999.999", "999.999", 2, false)]
    [InlineData("A", "A", 1, true)]
    [InlineData("A.1", "A.1", 2, true)]
    [InlineData("A.1.1", "A.1.1", 3, true)]
    [InlineData("Z.1.1.1.1.1", "Z.1.1.1.1.1", 6, true)]
    [InlineData("附录A", "A", 1, true)]
    [InlineData("附录 B", "B", 1, true)]
    [InlineData("５．２", "5.2", 2, false)]
    [InlineData("Ａ．１", "A.1", 2, true)]
    [InlineData("  5.2\u3000", "5.2", 2, false)]
    public void Parse_Valid_NormalisesAndMeasuresDepth(string text, string expected, int depth, bool isAppendix)
    {
        var number = ClauseNumber.Parse(text);

        Assert.Equal(expected, number.ToString());
        Assert.Equal(depth, number.Depth);
        Assert.Equal(isAppendix, number.IsAppendix);
    }

    [Fact]
    public void Segments_AppendixClause_ListsLetterThenNumbers()
    {
        Assert.Equal(["A", "1", "12"], ClauseNumber.Parse("A.1.12").Segments);
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("0", "starts at 1")]
    [InlineData("5.0", "starts at 1")]
    [InlineData("05", "leading zero")]
    [InlineData("5.01", "leading zero")]
    [InlineData("5..1", "empty segment")]
    [InlineData("5.", "empty segment")]
    [InlineData(".5", "empty segment")]
    [InlineData("5.1.1.1.1.1.1", "at most 5 levels")]
    [InlineData("A.1.1.1.1.1.1", "at most 5 levels")]
    [InlineData("a.1", "upper-case")]
    [InlineData("a", "upper-case")]
    [InlineData("AA", "upper-case")]
    [InlineData("5.A", "must be a number")]
    [InlineData("1000", "above 999")]
    [InlineData("5-1", "other than digits")]
    [InlineData("第5章", "other than digits")]
    [InlineData("附录1", "single appendix letter")]
    [InlineData("附录A.1", "single appendix letter")]
    public void TryParse_Invalid_ReturnsFalseWithReason(string? text, string reason)
    {
        var parsed = ClauseNumber.TryParse(text, out var number, out var error);

        Assert.False(parsed);
        Assert.Null(number);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatExceptionNamingInput()
    {
        var exception = Assert.Throws<FormatException>(() => ClauseNumber.Parse("5..1"));

        Assert.Contains("'5..1'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5.2.1", "5.2")]
    [InlineData("5.2", "5")]
    [InlineData("A.1", "A")]
    [InlineData("A.1.1", "A.1")]
    [InlineData("5", null)]
    [InlineData("A", null)]
    public void Parent_DropsLastSegment(string text, string? parent)
    {
        Assert.Equal(parent, ClauseNumber.Parse(text).Parent?.ToString());
    }

    [Theory]
    [InlineData("5", ClauseKind.Chapter)]
    [InlineData("A", ClauseKind.Appendix)]
    [InlineData("5.1", ClauseKind.Clause)]
    [InlineData("A.1", ClauseKind.Clause)]
    public void DefaultKind_FollowsNumberShape(string text, ClauseKind kind)
    {
        Assert.Equal(kind, ClauseNumber.Parse(text).DefaultKind);
    }

    [Theory]
    [InlineData("9", "10")]
    [InlineData("99", "A")]
    [InlineData("10.1", "A")]
    [InlineData("A", "B")]
    [InlineData("5.9", "5.10")]
    [InlineData("5", "5.1")]
    [InlineData("5.1.9", "5.2")]
    [InlineData("5.9.9.9.9.9", "6")]
    [InlineData("A.2", "A.10")]
    [InlineData("A", "A.1")]
    public void CompareTo_DocumentOrder_EarlierIsSmaller(string earlier, string later)
    {
        var a = ClauseNumber.Parse(earlier);
        var b = ClauseNumber.Parse(later);

        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(string.CompareOrdinal(a.SortKey, b.SortKey) < 0);
    }

    [Fact]
    public void Sort_ShuffledNumbers_GivesDocumentOrderBySortKeyToo()
    {
        string[] documentOrder = ["1", "2", "5", "5.1", "5.1.1", "5.2", "5.9", "5.10", "9", "10", "10.1", "A", "A.1", "A.2", "A.10", "B"];
        var numbers = documentOrder.Reverse().Select(ClauseNumber.Parse).ToList();

        Assert.Equal(documentOrder, numbers.Order().Select(n => n.ToString()));
        Assert.Equal(documentOrder, numbers.OrderBy(n => n.SortKey, StringComparer.Ordinal).Select(n => n.ToString()));
    }

    [Theory]
    [InlineData("5.2.1", "000500020001")]
    [InlineData("A.1", "10010001")]
    public void SortKey_FixedWidthDigits(string text, string sortKey)
    {
        Assert.Equal(sortKey, ClauseNumber.Parse(text).SortKey);
    }

    [Theory]
    [InlineData("５．２", "5.2")]
    [InlineData("附录A", "A")]
    public void Equality_SameNumber_IsEqual(string left, string right)
    {
        var a = ClauseNumber.Parse(left);
        var b = ClauseNumber.Parse(right);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(0, a.CompareTo(b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("5.1", "5.1.1")]
    [InlineData("1", "A")]
    public void Equality_DifferentNumber_IsNotEqual(string left, string right)
    {
        Assert.True(ClauseNumber.Parse(left) != ClauseNumber.Parse(right));
    }
}
