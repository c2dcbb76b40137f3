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
    [InlineData("CLAUSE_PARENT_MISSING", 1, "5", "5.1.1")]
    [InlineData("CLAUSE_PARENT_MISSING", 0, "A.1")]
    [InlineData("CLAUSE_KIND_REQUIRED", 1, "5", ":")]
    [InlineData("CLAUSE_KIND_REQUIRED", 1, "5", "  ")]
    [InlineData("CLAUSE_ORPHAN", 0, ":Paragraph", "1")]
    [InlineData("CLAUSE_ORPHAN", 0, ":Note")]
    [InlineData("CLAUSE_KIND_MISMATCH", 0, "5:Clause")]
    [InlineData("CLAUSE_KIND_MISMATCH", 0, "5:Appendix")]
    [InlineData("CLAUSE_KIND_MISMATCH", 0, "A:Chapter")]
    [InlineData("CLAUSE_KIND_MISMATCH", 1, "5", "5.1:Chapter")]
    [InlineData("CLAUSE_KIND_MISMATCH", 1, "5", "5.1:Paragraph")]
    [InlineData("CLAUSE_KIND_MISMATCH", 1, "5", ":Chapter")]
    [InlineData("CLAUSE_DUPLICATE", 2, "5", "5.1", "5.1")]
    [InlineData("CLAUSE_DUPLICATE", 2, "A", "A.1", "附录A")]
    [InlineData("INVALID_CLAUSE_NUMBER", 1, "5", "5..1")]
    [InlineData("INVALID_CLAUSE_NUMBER", 0, "0")]
    [InlineData("INVALID_CLAUSE_NUMBER", 0, "05")]
    [InlineData("INVALID_CLAUSE_NUMBER", 1, "A", "a.1")]
    [InlineData("CLAUSE_TOO_DEEP", 6, "5", "5.1", "5.1.1", "5.1.1.1", "5.1.1.1.1", "5.1.1.1.1.1", "5.1.1.1.1.1.1")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 2, "5", "5.2", "5.1")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 2, "5", "6", "5.2")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 1, "10", "9")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 2, "5", "5.10", "5.9")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 1, "A", "5")]
    [InlineData("CLAUSE_OUT_OF_ORDER", 1, "B", "A")]
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
                (0, "CLAUSE_ORPHAN"),
                (3, "CLAUSE_DUPLICATE"),
                (4, "CLAUSE_PARENT_MISSING"),
                (5, "CLAUSE_KIND_MISMATCH"),
                (5, "CLAUSE_OUT_OF_ORDER"),
                (6, "INVALID_CLAUSE_NUMBER"),
                (7, "CLAUSE_KIND_REQUIRED"),
            ],
            outline.Errors.Select(error => (error.EntryIndex, error.Code)));
    }

    [Fact]
    public void Build_ParentAfterChild_ReportsMissingParentAndOrder()
    {
        var outline = Outline("5.1", "5");

        Assert.Equal(
            [(0, "CLAUSE_PARENT_MISSING"), (1, "CLAUSE_OUT_OF_ORDER")],
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
        Assert.Equal("INVALID_CLAUSE_NUMBER", Assert.Single(outline.Errors).Code);
    }

    [Fact]
    public void Build_UndefinedKindAndOddText_DoesNotThrow()
    {
        var outline = ClauseOutline.Build(
            [new("5", (ClauseKind)42), new(null, (ClauseKind)42), new("\u0000", null), new(new string('9', 5000), null)]);

        Assert.Equal(4, outline.Nodes.Count);
        Assert.Equal(
            [
                (0, "CLAUSE_KIND_MISMATCH"),
                (1, "CLAUSE_KIND_REQUIRED"),
                (2, "INVALID_CLAUSE_NUMBER"),
                (3, "INVALID_CLAUSE_NUMBER"),
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
