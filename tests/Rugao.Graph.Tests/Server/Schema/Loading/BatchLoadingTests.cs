using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Loading;

[Collection(SeededApiCollection.Name)]
public sealed class BatchLoadingTests(SeededApi api)
{
    private const string Page = """
        query($first: Int) { standards(first: $first) { nodes {
            code status department { name } systemNode { name } serviceItems { name area { name } }
            supersededBy { code } currentVersion { code effectiveTo clauseCount } } } }
        """;

    // The small page already reaches every kind of edge (a superseded standard, listed service items), so any
    // per-item query would show up as a difference between the two counts.
    [Fact]
    public async Task StandardsPage_WithRelatedObjects_CostsTheSameStatementsWhateverItsSize()
    {
        await api.DataAsync(Page, new { first = 1 });

        api.Commands.Reset();
        var small = await api.DataAsync(Page, new { first = 8 });
        var fewStatements = api.Commands.Count;
        api.Commands.Reset();
        var large = await api.DataAsync(Page, new { first = 40 });
        var manyItemsStatements = api.Commands.Count;

        Assert.Equal(8, small.Items("standards.nodes").Count);
        Assert.Equal(40, large.Items("standards.nodes").Count);
        Assert.Equal(fewStatements, manyItemsStatements);
        Assert.InRange(manyItemsStatements, 1, 12);
    }
}
