using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class PublishStandardVersionTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "version { number isDraft publishedOn effectiveFrom changeSummary } standard { status }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task PublishStandardVersion_Draft_FreezesItAndRecordsPublished()
    {
        var draft = await client.NewOutlineDraftAsync(await TestKeys.ForRoleAsync(api, Role.Editor));

        var payload = await client.MutateAsync("publishStandardVersion", Selection,
            TestStandards.Merge(draft.Refs, new { effectiveFrom = "2026-06-01", changeSummary = "首次发布。" }), await TestKeys.ForRoleAsync(api, Role.Publisher));

        Assert.Empty(payload.Items("errors"));
        Assert.Equal(1, payload.Int("version.number"));
        Assert.False(payload.At("version.isDraft").GetBoolean());
        Assert.Equal("2026-06-01", payload.Str("version.publishedOn"));
        Assert.Equal("CURRENT", payload.Str("standard.status"));
        var change = await ChangeLogHead.LastEventAsync(api);
        Assert.Equal(ChangeKind.Published, change.Kind);
        Assert.Equal(new DateOnly(2026, 6, 1), change.EffectiveOn);
    }

    public static TheoryData<object, string, string[]> Mistakes() => new()
    {
        { new { publishedOn = "2026-06-02", effectiveFrom = "2026-07-01" }, "PUBLISHED_IN_FUTURE", ["publishedOn"] },
        { new { publishedOn = "2026-05-01", effectiveFrom = "2026-04-30" }, "EFFECTIVE_BEFORE_PUBLISHED", ["effectiveFrom"] },
        { new { effectiveFrom = "2026-07-01", changeSummary = new string('改', 20_001) }, "TOO_LONG", ["changeSummary"] },
        { new { effectiveFrom = "2026-07-01", expectedVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedVersionToken"] },
        { new { effectiveFrom = "2026-07-01", expectedDraftVersionToken = "U3RhbmRhcmQ6MTow" }, "CONFLICT", ["expectedDraftVersionToken"] },
        { new { effectiveFrom = "2026-07-01", draftId = "U3RhbmRhcmRWZXJzaW9uOjk5OTk5OQ" }, "NOT_FOUND", ["draftId"] },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task PublishStandardVersion_Mistake_IsUserErrorAtItsFieldAndWritesNothing(object fields, string error, string[] path)
    {
        var draft = await client.NewOutlineDraftAsync(await TestKeys.ForRoleAsync(api, Role.Editor));

        var payload = await PublishAsync(draft, fields);

        EditingClient.AssertError(payload, error, path);
    }

    [Fact]
    public async Task PublishStandardVersion_EmptyDraft_IsDraftEmpty_MatchesSnapshot()
    {
        var draft = await client.NewDraftAsync(TestStandards.NewCode(), await TestKeys.ForRoleAsync(api, Role.Editor));

        var payload = await PublishAsync(draft, new { effectiveFrom = "2026-07-01" });

        EditingClient.AssertError(payload, "DRAFT_EMPTY", "draftId");
        Snapshot.Match(payload.At("errors").Pretty());
    }

    [Fact]
    public async Task PublishStandardVersion_RevisionEffectiveBeforeThePrevious_IsEffectiveBeforePrevious()
    {
        var editor = await TestKeys.ForRoleAsync(api, Role.Editor);
        var (id, token) = await client.StandardAsync("GB/T 33528", editor);
        var revised = await client.MutateAsync("reviseStandard", "draft { id }", new { standardId = id, expectedVersionToken = token, year = 2026 }, editor);
        Assert.Empty(revised.Items("errors"));
        var draft = await client.DraftOfAsync("GB/T 33528", editor);

        var payload = await PublishAsync(draft, new { publishedOn = "2016-01-01", effectiveFrom = "2016-02-01" });

        EditingClient.AssertError(payload, "EFFECTIVE_BEFORE_PREVIOUS", "effectiveFrom");
    }

    private async Task<JsonElement> PublishAsync(EditingClient.Draft draft, object fields)
    {
        var before = await client.WritesAsync();
        var payload = await client.MutateAsync("publishStandardVersion", Selection, TestStandards.Merge(draft.Refs, fields),
            await TestKeys.ForRoleAsync(api, Role.Publisher));
        Assert.Equal(JsonValueKind.Null, payload.At("version").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
        return payload;
    }
}
