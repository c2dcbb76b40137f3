using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Search;

/// <summary>The Elasticsearch engine pointed at an address where nothing listens, as when the cluster is down.</summary>
public sealed class UnreachableClusterApi() : SeededApi(new Dictionary<string, string?>
{
    ["Search:Engine"] = "Elasticsearch",
    ["Search:Elasticsearch:Url"] = "http://127.0.0.1:1",
    ["Search:Elasticsearch:RequestTimeout"] = "00:00:02",
});

public sealed class SearchUnavailableTests(UnreachableClusterApi api) : IClassFixture<UnreachableClusterApi>
{
    [Fact]
    public async Task ClusterDown_SearchIsUnavailable_WhileEverythingElseWorks()
    {
        var search = await api.PostAsync("{ search(query: \"书屋\") { totalCount } }");
        var suggest = await api.PostAsync("{ suggest(prefix: \"gbt\") { code } }");
        var standards = await api.DataAsync("{ standards(first: 1) { totalCount } }");

        Assert.Equal(["SEARCH_UNAVAILABLE"], search.ErrorCodes);
        Assert.Equal(["SEARCH_UNAVAILABLE"], suggest.ErrorCodes);
        Assert.Equal(40, standards.Int("standards.totalCount"));
    }
}
