using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Changes;

// Writes, so it has a database of its own.
public sealed class ChangeLogEndTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task ChangeLog_AfterAChange_EndMovesAndTheNewestNoticeComesFirst()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var before = await api.DataAsync("{ changeLog { endCursor upToDateAsOf } }");
        var code = TestStandards.NewCode();

        await TestStandards.CreateAsync(api.GraphQL(editor), code);

        var after = await api.DataAsync("{ changeLog { endCursor } }");
        var newest = (await api.GraphQL(editor).DataAsync("{ changes(last: 1) { edges { cursor node { kind standard { identity } } } } }"))
            .Items("changes.edges");
        var since = (await api.GraphQL(editor).DataAsync(
            "query($after: String) { changes(after: $after) { nodes { kind } } }", new { after = before.Str("changeLog.upToDateAsOf") }))
            .Items("changes.nodes");
        Assert.NotEqual(before.Str("changeLog.endCursor"), after.Str("changeLog.endCursor"));
        var notice = Assert.Single(newest);
        Assert.Equal(after.Str("changeLog.endCursor"), notice.Str("cursor"));
        Assert.Equal(("CREATED", code), (notice.Str("node.kind"), notice.Str("node.standard.identity")));
        Assert.Equal(["CREATED"], since.Select(n => n.Str("kind")));
    }
}
