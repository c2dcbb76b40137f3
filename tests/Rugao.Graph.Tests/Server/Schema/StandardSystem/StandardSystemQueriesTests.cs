using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.StandardSystem;

[Collection(SeededApiCollection.Name)]
public sealed class StandardSystemQueriesTests(SeededApi api)
{
    [Fact]
    public async Task StandardSystem_ThreeSubsystems_CountTheirSubtrees()
    {
        var data = await api.DataAsync("{ standardSystem { code name standardCount children { code standardCount parent { code } } } }");

        var roots = data.Items("standardSystem");
        Assert.Equal(["TY", "BZ", "TG"], roots.Select(r => r.Str("code")));
        Assert.All(roots, root =>
        {
            Assert.Equal(root.Int("standardCount"), root.Items("children").Sum(c => c.Int("standardCount")));
            Assert.All(root.Items("children"), c => Assert.Equal(root.Str("code"), c.Str("parent.code")));
        });
        var statuses = await api.DataAsync("{ standards(first: 100, where: { status: [CURRENT, UPCOMING] }) { totalCount } }");
        Assert.Equal(statuses.Int("standards.totalCount"), roots.Sum(r => r.Int("standardCount")));
    }

    [Fact]
    public async Task Standards_FilteredBySystemNode_IncludeTheWholeSubtree()
    {
        var system = await api.DataAsync("{ standardSystem { id code standardCount } }");
        var provision = system.Items("standardSystem").Single(n => n.Str("code") == "TG");

        var data = await api.DataAsync("query($node: ID!) { standards(first: 100, where: { systemNode: [$node], status: [CURRENT, UPCOMING] }) { totalCount nodes { systemNode { code } } } }",
            new { node = provision.Str("id") });

        Assert.Equal(provision.Int("standardCount"), data.Int("standards.totalCount"));
        Assert.All(data.Items("standards.nodes"), n => Assert.StartsWith("TG-", n.Str("systemNode.code"), StringComparison.Ordinal));
    }
}
