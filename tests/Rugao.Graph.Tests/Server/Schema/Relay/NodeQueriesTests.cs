using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Relay;

[Collection(SeededApiCollection.Name)]
public sealed class NodeQueriesTests(SeededApi api)
{
    [Fact]
    public async Task Node_EveryIdTheApiHandsOut_FetchesTheSameObjectBack()
    {
        var data = await api.DataAsync("""
            { standard(code: "GB/T 28220") { id department { id } systemNode { id } serviceItems { id category { id area { id edition { id } } } }
                currentVersion { id clause(number: "5.5") { id } } } }
            """);
        var s = data.At("standard");
        var item = s.Items("serviceItems")[0];
        string[] ids =
        [
            s.Str("id")!, s.Str("department.id")!, s.Str("systemNode.id")!, item.Str("id")!, item.Str("category.id")!,
            item.Str("category.area.id")!, item.Str("category.area.edition.id")!, s.Str("currentVersion.id")!,
            s.Str("currentVersion.clause.id")!,
        ];

        var nodes = await api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }", new { ids });

        Assert.Equal(ids, nodes.Items("nodes").Select(n => n.Str("id")));
        Assert.Equal(
            ["Standard", "Department", "SystemNode", "ServiceItem", "ServiceCategory", "ServiceArea", "CatalogEdition", "StandardVersion", "Clause"],
            nodes.Items("nodes").Select(n => n.Str("__typename")));
    }

    [Fact]
    public async Task Nodes_MalformedId_SpoilsOnlyItsOwnEntry()
    {
        var good = (await api.DataAsync("{ standard(code: \"GB/T 28220\") { id } }")).Str("standard.id");

        var response = await api.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { good, "not-an-id" } });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
        Assert.Equal(good, response.Data.Items("nodes")[0].Str("id"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.Items("nodes")[1].ValueKind);
    }
}
