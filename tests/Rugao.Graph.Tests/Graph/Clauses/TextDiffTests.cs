using Rugao.Graph.Clauses;

namespace Rugao.Graph.Tests.Graph.Clauses;

public sealed class TextDiffTests
{
    [Theory]
    [InlineData("每证外借册数不少于2册，借期不少于20天。", "每证外借册数不少于5册，借期不少于30天。")]
    [InlineData("读者凭有效身份证件办理读者证，可按规定收取押金。", "读者凭有效身份证件即可免费办理读者证，不应收取押金。")]
    [InlineData("", "新增条款。")]
    [InlineData("删除的条款。", null)]
    [InlineData("完全相同。", "完全相同。")]
    public void Segments_AnyTwoTexts_ReassembleToOldAndNew(string? before, string? after)
    {
        var segments = TextDiff.Segments(before, after);

        Assert.Equal(before ?? string.Empty, Concat(segments, DiffSegmentKind.Deleted));
        Assert.Equal(after ?? string.Empty, Concat(segments, DiffSegmentKind.Inserted));
        Assert.All(segments, s => Assert.NotEmpty(s.Text));
    }

    [Fact]
    public void Segments_OneCharacterChanged_MarksOnlyThatCharacter()
    {
        var segments = TextDiff.Segments("不少于2册", "不少于5册");

        Assert.Equal(
            [
                new DiffSegment(DiffSegmentKind.Unchanged, "不少于"),
                new DiffSegment(DiffSegmentKind.Deleted, "2"),
                new DiffSegment(DiffSegmentKind.Inserted, "5"),
                new DiffSegment(DiffSegmentKind.Unchanged, "册"),
            ],
            segments);
    }

    [Fact]
    public void Segments_SameText_IsOneUnchangedRun()
    {
        Assert.Equal([new DiffSegment(DiffSegmentKind.Unchanged, "范围")], TextDiff.Segments("范围", "范围"));
        Assert.Empty(TextDiff.Segments(null, null));
    }

    [Theory]
    [InlineData("应符合JGJ 38的规定，应设置无障碍设施。", "应符合JGJ38的规定,应设置无障碍设施.")]
    [InlineData("不少于５册（含）", "不少于5册(含)")]
    [InlineData("a) 省级", "a）省级")]
    public void DiffersInSubstance_OnlySpacesPunctuationOrWidth_IsFalse(string before, string after) =>
        Assert.False(TextDiff.DiffersInSubstance(before, after));

    [Theory]
    [InlineData("不少于2册", "不少于5册")]
    [InlineData("满意度宜不低于90", "满意度宜不低于90%")]
    [InlineData("应设置", "不应设置")]
    public void DiffersInSubstance_WordsOrFiguresChanged_IsTrue(string before, string after) =>
        Assert.True(TextDiff.DiffersInSubstance(before, after));

    private static string Concat(IEnumerable<DiffSegment> segments, DiffSegmentKind besidesUnchanged) =>
        string.Concat(segments.Where(s => s.Kind is DiffSegmentKind.Unchanged || s.Kind == besidesUnchanged).Select(s => s.Text));
}
