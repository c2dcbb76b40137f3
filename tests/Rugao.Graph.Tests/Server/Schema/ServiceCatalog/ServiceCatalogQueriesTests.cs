using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.ServiceCatalog;

[Collection(SeededApiCollection.Name)]
public sealed class ServiceCatalogQueriesTests(SeededApi api)
{
    [Fact]
    public async Task ServiceAreas_ThePlansThreeAreas_EachItemHasItsFiveAttributes()
    {
        var data = await api.DataAsync("""
            { serviceAreas { code name edition { code } categories { name items {
                name serviceObject serviceContent serviceStandard paymentResponsibility leadDepartment } } } }
            """);

        var areas = data.Items("serviceAreas");
        Assert.Equal(["学有所教", "劳有所得", "文体服务保障"], areas.Select(a => a.Str("name")));
        var items = areas.SelectMany(a => a.Items("categories")).SelectMany(c => c.Items("items")).ToList();
        Assert.Equal(35, items.Count);
        Assert.All(items, item => Assert.All(
            new[] { "serviceObject", "serviceContent", "serviceStandard", "paymentResponsibility", "leadDepartment" },
            attribute => Assert.False(string.IsNullOrWhiteSpace(item.Str(attribute)), $"{item.Str("name")} lacks {attribute}")));
    }

    [Fact]
    public async Task ServiceItems_WithoutStandard_AreTheCatalogsGaps()
    {
        var data = await api.DataAsync("{ serviceItems(first: 100, where: { hasStandard: false }) { totalCount nodes { code standards { code } } } }");

        Assert.Equal(["LYSD-01-07", "LYSD-01-08", "WTFW-01-06"], data.Items("serviceItems.nodes").Select(n => n.Str("code")).Order());
        Assert.All(data.Items("serviceItems.nodes"), n => Assert.Empty(n.Items("standards")));
    }

    [Fact]
    public async Task ServiceItem_Standards_AreReadOnTheAsOfDay()
    {
        var data = await api.DataAsync("""
            { serviceItems(first: 100, where: { text: "免费义务教育" }) { nodes { code
                before: standards(asOf: "2021-06-30") { identity } after: standards(asOf: "2021-07-01") { identity }
                listings { listedOn standard { identity } } } } }
            """);

        var item = Assert.Single(data.Items("serviceItems.nodes"));
        Assert.Empty(item.Items("before"));
        Assert.NotEmpty(item.Items("after"));
        Assert.Equal(item.Items("after").Count, item.Items("listings").Count);
    }

    [Fact]
    public async Task Standards_FilteredByServiceArea_AreThoseListedForIt()
    {
        var areas = await api.DataAsync("{ serviceAreas { id code } }");
        var culture = areas.Items("serviceAreas").Single(a => a.Str("code") == "WTFW").Str("id");

        var data = await api.DataAsync("query($area: ID!) { standards(first: 100, where: { area: [$area] }) { nodes { identity serviceItems { area { code } } } } }",
            new { area = culture });

        var nodes = data.Items("standards.nodes");
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains("WTFW", n.Items("serviceItems").Select(i => i.Str("area.code"))));
    }
}
