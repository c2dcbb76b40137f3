using System.Reflection;
using System.Text.RegularExpressions;
using Rugao.Graph.Errors;

namespace Rugao.Graph.Tests.Graph.Errors;

public sealed partial class ErrorCatalogTests
{
    private static readonly IReadOnlyList<(string Name, ErrorCode Entry)> Entries = typeof(ErrorCatalog)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(ErrorCode))
        .Select(f => (f.Name, (ErrorCode)f.GetValue(null)!))
        .ToList();

    [Fact]
    public void Catalogue_EveryCode_IsDeclaredOnce()
    {
        var declared = Entries.Where(e => !e.Entry.IsVariant).Select(e => e.Entry.Code).ToList();

        Assert.Empty(declared.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Entries.Where(e => e.Entry.IsVariant), e => Assert.Contains(e.Entry.Code, declared));
        Assert.True(declared.Count >= 100, $"only {declared.Count} codes were found by reflection");
    }

    [Fact]
    public void Catalogue_EveryCode_FollowsTheNamingRule()
    {
        Assert.All(Entries, e =>
        {
            Assert.Matches(ScreamingSnake(), e.Entry.Code);
            Assert.False(e.Entry.Code.EndsWith("_INVALID", StringComparison.Ordinal), $"{e.Entry.Code}: a malformed value is INVALID_<THING>");
        });
    }

    [Fact]
    public void Catalogue_EveryMessage_IsChineseFirstThenEnglish()
    {
        Assert.All(Entries, e =>
        {
            var message = e.Entry.With("x", "y", "z", "u", "v", "w").Message;
            Assert.Matches(ChineseThenEnglish(), message);
        });
    }

    [Theory]
    [InlineData("INVALID_CURSOR")]
    [InlineData("INVALID_STANDARD_CODE")]
    [InlineData("INVALID_CLAUSE_NUMBER")]
    public void Catalogue_OneProblem_HasOneCode(string code)
    {
        Assert.Single(Entries, e => e.Entry.Code == code && !e.Entry.IsVariant);
        Assert.DoesNotContain(Entries, e => e.Entry.Code == string.Join('_', code.Split('_').Skip(1).Append("INVALID")));
    }

    [Fact]
    public void With_FillsTheTemplate_AndAtPlacesThePath()
    {
        var error = ErrorCatalog.TooLong.With(500).At("title");

        Assert.Equal("TOO_LONG", error.Code);
        Assert.Equal("不能超过 500 个字符。At most 500 characters.", error.Message);
        Assert.Equal(["title"], error.Path);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$")]
    private static partial Regex ScreamingSnake();

    // Some CJK, and after the last of it an English sentence: 中文。English.
    [GeneratedRegex(@"^[^\p{IsCJKUnifiedIdeographs}]{0,40}\p{IsCJKUnifiedIdeographs}.*\p{IsCJKUnifiedIdeographs}[^\p{IsCJKUnifiedIdeographs}]*[A-Za-z]{2}[^\p{IsCJKUnifiedIdeographs}]*$", RegexOptions.Singleline)]
    private static partial Regex ChineseThenEnglish();
}
