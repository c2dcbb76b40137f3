using Rugao.Graph.Search;

namespace Rugao.Graph.Tests.Graph.Search;

// Completions for the search box.
public abstract partial class SearchEngineBehaviour
{
    [SkippableTheory]
    [InlineData("gbt282", "GB/T 28220")]
    [InlineData("GB/T 28", "GB/T 28220")]
    [InlineData("DB3206/T 100", "DB3206/T 1001")]
    [InlineData("公共图书馆", "GB/T 28220")]
    [InlineData("农家", "DB3206/T 1008")]
    public async Task Suggest_CodeOrTitlePrefix_BestFirst(string prefix, string first)
    {
        var suggestions = await SeededEngine.SuggestAsync(prefix, 5, CancellationToken.None);

        Assert.Equal(first, suggestions[0].Identity);
        Assert.All(suggestions, d => Assert.Equal(SearchKind.Standard, d.Kind));
        Assert.True(suggestions.Count <= 5);
    }

    [SkippableFact]
    public async Task Suggest_TitlePrefix_FindsAllThatStartSo()
    {
        var suggestions = await SeededEngine.SuggestAsync("公共", 10, CancellationToken.None);

        Assert.Equal(
            Seed.All.Where(d => d.Kind == SearchKind.Standard && d.Title.StartsWith("公共", StringComparison.Ordinal)).Select(d => d.Identity).Order(),
            suggestions.Select(d => d.Identity).Order());
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("zzzz")]
    [InlineData("\"*(")]
    public async Task Suggest_NothingToComplete_IsEmpty(string prefix) =>
        Assert.Empty(await SeededEngine.SuggestAsync(prefix, 5, CancellationToken.None));
}
