using Rugao.Graph.Clauses;

namespace Rugao.Graph.Tests.Graph.Clauses;

public sealed class ClauseDiffTests
{
    private static readonly Guid Scope = Guid.NewGuid();
    private static readonly Guid Notice = Guid.NewGuid();
    private static readonly Guid Terms = Guid.NewGuid();
    private static readonly Guid Digital = Guid.NewGuid();
    private static readonly Guid Lending = Guid.NewGuid();

    [Fact]
    public void Compare_AlignedByLineage_FindsAddedRemovedAndRenumbered()
    {
        var older = Version(1,
            (Scope, "1", "范围", "本标准规定了服务要求。"),
            (Terms, "3.3", "服务效能", "取得的效果。"),
            (Notice, "4.4", "服务公示", "应公示开放时间。"),
            (Lending, "5.2", "文献借阅", "不少于2册。"));
        var newer = Version(2,
            (Scope, "1", "范围", "本文件规定了服务要求。"),
            (Lending, "5.2", "文献借阅", "不少于2册。"),
            (Notice, "5.5", "服务公示与宣传", "应公示开放时间。"),
            (Digital, "5.6", "数字服务", "应提供数字服务。"));

        var diff = ClauseDiff.Compare(older, newer);

        Assert.Equal(["5.6"], diff.Added.Select(c => c.Number));
        Assert.Equal(["3.3"], diff.Removed.Select(c => c.Number));
        Assert.Equal(["1", "5.5"], diff.Changed.Select(c => c.After.Number));
        var moved = diff.Changed[1];
        Assert.Equal("4.4", moved.Before.Number);
        Assert.True(moved.Renumbered);
        Assert.True(moved.Substantive);
        Assert.Contains(new DiffSegment(DiffSegmentKind.Inserted, "与宣传"), moved.Heading);
        Assert.Equal([new DiffSegment(DiffSegmentKind.Unchanged, "应公示开放时间。")], moved.Text);
        Assert.False(diff.Changed[0].Renumbered);
    }

    [Fact]
    public void Compare_OnlyPunctuationChanged_IsAChangeButNotSubstantive()
    {
        var diff = ClauseDiff.Compare(Version(1, (Scope, "1", "范围", "适用于县级图书馆。")),
            Version(2, (Scope, "1", "范围", "适用于县级图书馆.")));

        var change = Assert.Single(diff.Changed);
        Assert.False(change.Substantive);
        Assert.False(change.Renumbered);
    }

    [Fact]
    public void Compare_OnlyRenumbered_IsAChangeButNotSubstantive()
    {
        var diff = ClauseDiff.Compare(Version(1, (Notice, "4.4", "服务公示", "应公示。")), Version(2, (Notice, "5.5", "服务公示", "应公示。")));

        var change = Assert.Single(diff.Changed);
        Assert.True(change.Renumbered);
        Assert.False(change.Substantive);
    }

    [Fact]
    public void Compare_MandatoryFlagChanged_IsSubstantive()
    {
        var before = Version(1, (Scope, "4.1.3", null, "不应设置在地下室。"));
        var after = Version(2, (Scope, "4.1.3", null, "不应设置在地下室。"));
        after[0].Mandatory = true;

        Assert.True(Assert.Single(ClauseDiff.Compare(before, after).Changed).Substantive);
    }

    [Fact]
    public void Compare_SameClauses_IsEmpty()
    {
        var diff = ClauseDiff.Compare(Version(1, (Scope, "1", "范围", "同。")), Version(2, (Scope, "1", "范围", "同。")));

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Empty(diff.Changed);
    }

    internal static List<Clause> Version(int versionId, params (Guid Lineage, string? Number, string? Heading, string? Text)[] clauses) =>
        clauses.Select((c, i) => new Clause
        {
            Id = (versionId * 100) + i,
            VersionId = versionId,
            Lineage = c.Lineage,
            Number = c.Number,
            Heading = c.Heading,
            Text = c.Text,
            Kind = ClauseKind.Clause,
            Normative = true,
            Position = i,
            Depth = 1,
            Path = c.Number ?? string.Empty,
        }).ToList();
}
