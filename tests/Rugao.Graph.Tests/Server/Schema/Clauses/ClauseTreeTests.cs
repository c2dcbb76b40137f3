using System.Text.Json;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Clauses;

[Collection(SeededApiCollection.Name)]
public sealed class ClauseTreeTests(SeededApi api)
{
    [Fact]
    public async Task ClauseTree_TopLevel_IsChaptersThenAppendicesWithNestedChildren()
    {
        var data = await api.DataAsync("""
            { standard(code: "DB3206/T 1001") { currentVersion { clauseCount
                clauseTree { number kind path children { number path children { number path children { number path } } } } } } }
            """);

        var top = data.Items("standard.currentVersion.clauseTree");
        Assert.All(top, c => Assert.Contains(c.Str("kind"), new[] { "CHAPTER", "APPENDIX" }));
        Assert.Equal("1", top[0].Str("number"));
        Assert.True(data.Int("standard.currentVersion.clauseCount") >= 15);
        var deepest = Flatten(top).Select(c => c.Str("path")).OfType<string>().Where(p => p.StartsWith("5 › 5.2 › 5.2.2 › ", StringComparison.Ordinal));
        Assert.Contains("5 › 5.2 › 5.2.2 › 5.2.2.1", deepest);
    }

    [Fact]
    public async Task Clause_ByNumber_KeepsItsIdentityAcrossARenumbering()
    {
        var data = await api.DataAsync("""
            { standard(code: "GB/T 28220") {
                old: version(number: 1) { clause(number: "4.4") { lineageId heading } }
                new: version(number: 2) { clause(number: "5.5") { lineageId heading path parent { number } } } } }
            """);

        Assert.Equal(data.Str("standard.old.clause.lineageId"), data.Str("standard.new.clause.lineageId"));
        Assert.Equal("5 › 5.5", data.Str("standard.new.clause.path"));
        Assert.Equal("5", data.Str("standard.new.clause.parent.number"));
    }

    [Fact]
    public async Task Clauses_Connection_PagesInDocumentOrder()
    {
        var data = await api.DataAsync("""
            { standard(code: "GB 50099") { currentVersion { clauseCount clauses(first: 100) { totalCount nodes { number mandatory } } } } }
            """);

        var clauses = data.Items("standard.currentVersion.clauses.nodes");
        Assert.Equal(data.Int("standard.currentVersion.clauseCount"), data.Int("standard.currentVersion.clauses.totalCount"));
        var mandatory = clauses.Where(c => c.At("mandatory").GetBoolean()).Select(c => c.Str("number")).ToList();
        Assert.Equal(["4.1.2", "4.1.8", "8.1.5", "8.1.6"], mandatory);
    }

    [Fact]
    public async Task Clause_InvalidNumber_IsACodedError()
    {
        var response = await api.PostAsync("{ standard(code: \"GB/T 28220\") { currentVersion { clause(number: \"5..1\") { text } } } }");

        Assert.Equal(["INVALID_CLAUSE_NUMBER"], response.ErrorCodes);
    }

    private static IEnumerable<JsonElement> Flatten(IEnumerable<JsonElement> clauses) =>
        clauses.SelectMany(c => (c.TryGetProperty("children", out var children) ? Flatten(children.EnumerateArray()) : []).Prepend(c));
}
