using System.Text.Json;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Changes;

[Collection(SeededApiCollection.Name)]
public sealed class ChangeQueriesTests(SeededApi api)
{
    private const string Changes = """
        query($after: String, $first: Int, $where: ChangeFilter) {
          changes(after: $after, first: $first, where: $where) {
            edges { cursor node { cursor kind occurredAt effectiveOn summary changedClauses standard { code } version { code } } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            upToDateAsOf readAt } }
        """;

    [Fact]
    public async Task Changes_TwoPages_ContinueWithoutOverlap()
    {
        var first = await api.DataAsync(Changes, new { first = 3 });
        var edges = first.Items("changes.edges");
        Assert.Equal(3, edges.Count);
        Assert.True(first.At("changes.pageInfo.hasNextPage").GetBoolean());
        Assert.False(first.At("changes.pageInfo.hasPreviousPage").GetBoolean());
        Assert.True(first.Str("changes.upToDateAsOf") is { } upTo && upTo != first.Str("changes.pageInfo.startCursor"));
        Assert.All(edges, e => Assert.Equal(e.Str("cursor"), e.Str("node.cursor")));

        var second = await api.DataAsync(Changes, new { first = 3, after = first.Str("changes.upToDateAsOf") });
        var next = second.Items("changes.edges");
        Assert.Equal(3, next.Count);
        Assert.Empty(edges.Select(e => e.Str("cursor")).Intersect(next.Select(e => e.Str("cursor"))));
        Assert.True(second.At("changes.pageInfo.hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Changes_PublishedNotice_CarriesStandardVersionAndClauses()
    {
        var data = await api.DataAsync(Changes, new { first = 100, where = new { kind = new[] { "AMENDED" } } });

        var notices = data.Items("changes.edges").Select(e => e.GetProperty("node")).ToList();
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.Equal("AMENDED", n.Str("kind")));
        var amendment = notices.First(n => n.Items("changedClauses").Count > 0);
        Assert.NotNull(amendment.Str("standard.code"));
        Assert.NotNull(amendment.Str("version.code"));
    }

    [Fact]
    public async Task Changes_Anonymous_SeesNoDraftNoticesButEditorsDo()
    {
        var filter = new { kind = new[] { "CREATED" } };

        var anonymous = await api.DataAsync(Changes, new { first = 5, where = filter });
        var editor = await api.PostAsync(Changes, new { first = 5, where = filter }, TestTokens.For("editor"));

        Assert.Empty(anonymous.Items("changes.edges"));
        Assert.Equal(5, editor.Data.Items("changes.edges").Count);
    }

    [Fact]
    public async Task Changes_Audit_ShownToEditorsOnly()
    {
        const string Audited = "{ changes(first: 3) { nodes { occurredAt audit { actor recordedAt } } } }";

        var anonymous = await api.DataAsync(Audited);
        var editor = await api.PostAsync(Audited, bearer: TestTokens.For("editor"));

        Assert.All(anonymous.Items("changes.nodes"), n => Assert.Equal(JsonValueKind.Null, n.At("audit").ValueKind));
        var audited = editor.Data.Items("changes.nodes");
        Assert.Equal(3, audited.Count);
        Assert.All(audited, n =>
        {
            Assert.Equal("seed", n.Str("audit.actor"));
            Assert.Equal(n.Str("occurredAt"), n.Str("audit.recordedAt"));
        });
    }

    [Fact]
    public async Task Changes_StandardFilter_OnlyThatStandard()
    {
        var id = (await api.DataAsync("""{ standard(code: "GB/T 28220") { id } }""")).Str("standard.id");

        var data = await api.DataAsync(Changes, new { first = 100, where = new { standard = new[] { id } } });

        var codes = data.Items("changes.edges").Select(e => e.Str("node.standard.code")).Distinct().ToList();
        var code = Assert.Single(codes);
        Assert.StartsWith("GB/T 28220", code);
    }

    [Fact]
    public async Task Changes_AtHead_IsEmptyAndStaysAtTheSameCursor()
    {
        var whole = await api.DataAsync(Changes, new { first = 100, where = new { standard = new[] { "U3RhbmRhcmQ6OTk5OTk5" } } });
        var head = whole.Str("changes.upToDateAsOf");

        var again = await api.DataAsync(Changes, new { after = head });

        Assert.Empty(again.Items("changes.edges"));
        Assert.Equal(head, again.Str("changes.upToDateAsOf"));
        Assert.Equal(JsonValueKind.Null, again.At("changes.pageInfo.endCursor").ValueKind);
    }

    [Theory]
    [InlineData("not-a-cursor", null, "INVALID_CURSOR")]
    [InlineData("b2Zmc2V0OjM", null, "INVALID_CURSOR")]
    [InlineData(null, 101, "PAGE_TOO_LARGE")]
    [InlineData(null, -1, "INVALID_PAGING_ARGUMENTS")]
    public async Task Changes_BadArguments_AreCodedErrors(string? after, int? first, string code)
    {
        var response = await api.PostAsync(Changes, new { after, first });

        Assert.Equal([code], response.ErrorCodes);
    }

    [Fact]
    public async Task Changes_IdOfAnotherType_IsInvalidId()
    {
        var response = await api.PostAsync(Changes, new { where = new { area = new[] { "U3RhbmRhcmQ6MQ" } } });

        Assert.Equal(["INVALID_ID"], response.ErrorCodes);
    }
}
