using Rugao.Graph.Clauses;

namespace Rugao.Graph.Tests.Graph.Clauses;

public sealed class ClauseOutlineTests
{
    [Fact]
    public void Build_WellFormedStandard_LinksEveryEntry()
    {
        var outline = Outline(
            "1:Chapter", ":Paragraph", "2", "3", "3.1", "3.1.1:Clause", ":ListItem", ":Note", "3.2", ":Table",
            "9", "10", "10.1", "附录A:Appendix", "A.1", ":Paragraph", "B");

        Assert.True(outline.IsValid);
        Assert.Empty(outline.Errors);
        Assert.Equal(
            [null, 0, null, null, 3, 4, 5, 5, 3, 8, null, null, 11, null, 13, 14, null],
            outline.Nodes.Select(node => node.ParentIndex));
        Assert.Equal([1, 2, 1, 1, 2, 3, 4, 4, 2, 3, 1, 1, 2, 1, 2, 3, 1], outline.Nodes.Select(node => node.Depth));
        Assert.Equal(
            [
                ClauseKind.Chapter, ClauseKind.Paragraph, ClauseKind.Chapter, ClauseKind.Chapter, ClauseKind.Clause,
                ClauseKind.Clause, ClauseKind.ListItem, ClauseKind.Note, ClauseKind.Clause, ClauseKind.Table,
                ClauseKind.Chapter, ClauseKind.Chapter, ClauseKind.Clause, ClauseKind.Appendix, ClauseKind.Clause,
                ClauseKind.Paragraph, ClauseKind.Appendix,
            ],
            outline.Nodes.Select(node => node.Kind));
        Assert.Equal(Enumerable.Range(0, 17), outline.Nodes.Select(node => node.Index));
        Assert.Equal("A", outline.Nodes[13].Number?.ToString());
    }

    [Fact]
    public void Build_NoEntries_IsValidAndEmpty()
    {
        var outline = ClauseOutline.Build([]);

        Assert.True(outline.IsValid);
        Assert.Empty(outline.Nodes);
    }

    [Theory]
    [InlineData(ClauseErrors.ParentMissing, 1, "5", "5.1.1")]
    [InlineData(ClauseErrors.ParentMissing, 0, "A.1")]
    [InlineData(ClauseErrors.KindRequired, 1, "5", ":")]
    [InlineData(ClauseErrors.KindRequired, 1, "5", "  ")]
    [InlineData(ClauseErrors.Orphan, 0, ":Paragraph", "1")]
    [InlineData(ClauseErrors.Orphan, 0, ":Note")]
    [InlineData(ClauseErrors.KindMismatch, 0, "5:Clause")]
    [InlineData(ClauseErrors.KindMismatch, 0, "5:Appendix")]
    [InlineData(ClauseErrors.KindMismatch, 0, "A:Chapter")]
    [InlineData(ClauseErrors.KindMismatch, 1, "5", "5.1:Chapter")]
    [InlineData(ClauseErrors.KindMismatch, 1, "5", "5.1:Paragraph")]
    [InlineData(ClauseErrors.KindMismatch, 1, "5", ":Chapter")]
    [InlineData(ClauseErrors.Duplicate, 2, "5", "5.1", "5.1")]
    [InlineData(ClauseErrors.Duplicate, 2, "A", "A.1", "附录A")]
    [InlineData(ClauseErrors.NumberInvalid, 1, "5", "5..1")]
    [InlineData(ClauseErrors.NumberInvalid, 0, "0")]
    [InlineData(ClauseErrors.NumberInvalid, 0, "05")]
    [InlineData(ClauseErrors.NumberInvalid, 1, "A", "a.1")]
    [InlineData(ClauseErrors.TooDeep, 6, "5", "5.1", "5.1.1", "5.1.1.1", "5.1.1.1.1", "5.1.1.1.1.1", "5.1.1.1.1.1.1")]
    [InlineData(ClauseErrors.OutOfOrder, 2, "5", "5.2", "5.1")]
    [InlineData(ClauseErrors.OutOfOrder, 2, "5", "6", "5.2")]
    [InlineData(ClauseErrors.OutOfOrder, 1, "10", "9")]
    [InlineData(ClauseErrors.OutOfOrder, 2, "5", "5.10", "5.9")]
    [InlineData(ClauseErrors.OutOfOrder, 1, "A", "5")]
    [InlineData(ClauseErrors.OutOfOrder, 1, "B", "A")]
    public void Build_OneMistake_ReportsItsCodeAtItsEntry(string code, int index, params string[] entries)
    {
        var outline = Outline(entries);

        var error = Assert.Single(outline.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(index, error.EntryIndex);
        Assert.False(outline.IsValid);
    }

    [Theory]
    [InlineData("5 5.1.1", "'5.1.1' '5.1' “5.1.1” “5.1”")]
    [InlineData("A A", "'A' “A”")]
    [InlineData("5 5..1", "'5..1' “5..1”")]
    [InlineData("6 5", "'5' '6' “5” “6”")]
    [InlineData("5:Clause", "'5' “5” chapter clause")]
    [InlineData("A:Chapter", "'A' “A” an appendix")]
    public void Build_Mistake_MessageNamesTheNumbersInChineseAndEnglish(string entries, string fragments)
    {
        var outline = Outline(entries.Split(' '));

        var error = Assert.Single(outline.Errors);
        Assert.All(fragments.Split(' '), fragment => Assert.Contains(fragment, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SeveralMistakes_ReportsAllInOnePass()
    {
        var outline = Outline(":Paragraph", "1", "1.1", "1.1", "3.1", "2:Clause", "x", ":");

        Assert.Equal(
            [
                (0, ClauseErrors.Orphan),
                (3, ClauseErrors.Duplicate),
                (4, ClauseErrors.ParentMissing),
                (5, ClauseErrors.KindMismatch),
                (5, ClauseErrors.OutOfOrder),
                (6, ClauseErrors.NumberInvalid),
                (7, ClauseErrors.KindRequired),
            ],
            outline.Errors.Select(error => (error.EntryIndex, error.Code)));
    }

    [Fact]
    public void Build_ParentAfterChild_ReportsMissingParentAndOrder()
    {
        var outline = Outline("5.1", "5");

        Assert.Equal(
            [(0, ClauseErrors.ParentMissing), (1, ClauseErrors.OutOfOrder)],
            outline.Errors.Select(error => (error.EntryIndex, error.Code)));
        Assert.Null(outline.Nodes[0].ParentIndex);
    }

    [Fact]
    public void Build_MismatchedKind_ResolvesKindFromNumber()
    {
        var outline = Outline("5:Clause", "5.1:Chapter");

        Assert.Equal([ClauseKind.Chapter, ClauseKind.Clause], outline.Nodes.Select(node => node.Kind));
        Assert.Equal(0, outline.Nodes[1].ParentIndex);
    }

    [Fact]
    public void Build_DuplicateNumber_ChildrenLinkToFirstOccurrence()
    {
        var outline = Outline("5", "5", "5.1");

        Assert.Null(outline.Nodes[1].ParentIndex);
        Assert.Equal(0, outline.Nodes[2].ParentIndex);
    }

    [Fact]
    public void Build_UnnumberedAfterInvalidNumber_StaysWithIt()
    {
        var outline = Outline("5", "5..1", ":Paragraph");

        Assert.Equal(1, outline.Nodes[2].ParentIndex);
        Assert.Null(outline.Nodes[1].Number);
        Assert.Equal(ClauseErrors.NumberInvalid, Assert.Single(outline.Errors).Code);
    }

    [Fact]
    public void Build_UndefinedKindAndOddText_DoesNotThrow()
    {
        var outline = ClauseOutline.Build(
            [new("5", (ClauseKind)42), new(null, (ClauseKind)42), new("\u0000", null), new(new string('9', 5000), null)]);

        Assert.Equal(4, outline.Nodes.Count);
        Assert.Equal(
            [
                (0, ClauseErrors.KindMismatch),
                (1, ClauseErrors.KindRequired),
                (2, ClauseErrors.NumberInvalid),
                (3, ClauseErrors.NumberInvalid),
            ],
            outline.Errors.Select(error => (error.EntryIndex, error.Code)));
    }

    // "5:Chapter" is number 5 of kind Chapter, "5" leaves the kind out, ":Paragraph" has no number, ":" has neither.
    private static ClauseOutline Outline(params string[] entries) =>
        ClauseOutline.Build(entries.Select(Entry));

    private static ClauseOutlineEntry Entry(string text)
    {
        var parts = text.Split(':');
        var number = parts[0].Length == 0 ? null : parts[0];
        var kind = parts.Length > 1 && parts[1].Length > 0 ? Enum.Parse<ClauseKind>(parts[1]) : (ClauseKind?)null;
        return new ClauseOutlineEntry(number, kind);
    }
}
