using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

public sealed class SnippetsTests
{
    [Fact]
    public void QueryText_ChineseRun_BecomesBigrams_AndLatinRunsStayWhole()
    {
        var query = QueryText.Parse("  幼儿园 资助 GB/T２８２２０ ");

        Assert.Equal("幼儿园 资助 gb/t28220", query.Normalized);
        Assert.Equal(["幼儿", "儿园", "资助", "gb", "t28220"], query.Terms);
    }

    [Fact]
    public void QueryText_SingleCharacterAndSyntax_AreTakenLiterally()
    {
        var query = QueryText.Parse("\"书\" AND (12333*) ~接通率:");

        Assert.Equal(["书", "and", "12333", "接通", "通率"], query.Terms);
    }

    [Fact]
    public void Build_ShortText_KeepsItWhole_AndMergesTouchingTerms()
    {
        var (snippet, spans) = Snippets.Build("家庭经济困难幼儿园幼儿资助标准", QueryText.Parse("幼儿园资助").Terms);

        Assert.Equal("家庭经济困难幼儿园幼儿资助标准", snippet);
        Assert.Equal([new HighlightSpan(6, 7)], spans);
    }

    [Fact]
    public void Build_LongText_CutsAroundTheFirstMatch_WithOffsetsIntoTheSnippet()
    {
        var text = new string('甲', 200) + "综合接通率达到85%" + new string('乙', 200);

        var (snippet, spans) = Snippets.Build(text, QueryText.Parse("接通率").Terms, maxLength: 60);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        var span = Assert.Single(spans);
        Assert.Equal("接通率", snippet.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Build_NoMatch_StartsAtTheBeginning_WithoutHighlights()
    {
        var (snippet, spans) = Snippets.Build(new string('丙', 300), ["书屋"], maxLength: 50);

        Assert.Equal(new string('丙', 50) + "…", snippet);
        Assert.Empty(spans);
    }
}
