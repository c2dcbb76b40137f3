using System.Text.Json;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Tests.TestSupport;
using Snapshooter.Xunit;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

// Writes, so it has a database of its own.
public sealed class SupersedeStandardTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Selection = "standard { id status supersededBy { id } }";
    private readonly EditingClient client = new(api);

    [Fact]
    public async Task SupersedeStandard_BySuccessorAhead_KeepsTheChainAndIsSupersededFromItsEffectiveDate()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var successorId = await TestStandards.CreatePublishedAsync(api, "DB3206/T 9701", "2026-09-01");
        var (id, token) = await client.StandardAsync("DB3206/T 1004", publisher);

        var payload = await client.MutateAsync("supersedeStandard", Selection,
            new { standardId = id, expectedVersionToken = token, successorId }, publisher);

        Assert.Empty(payload.Items("errors"));
        Assert.Equal(successorId, payload.Str("standard.supersededBy.id"));
        Assert.Equal("CURRENT", payload.Str("standard.status"));
        var later = await api.DataAsync("""
            query($id: ID!) { old: standard(code: "DB3206/T 1004", asOf: "2026-09-01") { status }
              dayBefore: standard(code: "DB3206/T 1004", asOf: "2026-08-31") { status }
              successor: standard(id: $id) { supersedes { id } } }
            """, new { id = successorId });
        Assert.Equal("SUPERSEDED", later.Str("old.status"));
        Assert.Equal("CURRENT", later.Str("dayBefore.status"));
        Assert.Equal(id, Assert.Single(later.Items("successor.supersedes")).Str("id"));

        var change = await ChangeLogHead.LastEventAsync(api);
        Assert.Equal(ChangeKind.Superseded, change.Kind);
        Assert.Equal(new DateOnly(2026, 9, 1), change.EffectiveOn);
    }

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "DB32/T 4815", "DB32/T 4815", "SUPERSEDE_SELF", "successorId" },
        { "DB3206/T 1006", "DB32/T 4815", "ALREADY_SUPERSEDED", "standardId" },
        { "DB32/T 4815", "T/RGWT 001", "SUPERSEDE_CYCLE", "successorId" },
        { "DB3206/T 1002", "GB/T 32939", "SUCCESSOR_NOT_LATER", "successorId" },
        { "T/RGJY 002", "DB32/T 4815", "STANDARD_ABOLISHED", "standardId" },
        { "DB3206/T 1003", "T/RGJY 002", "STANDARD_ABOLISHED", "successorId" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task SupersedeStandard_Mistake_IsUserErrorAtItsFieldAndWritesNothing(string code, string successor, string error, string field)
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync(code, publisher);
        var (successorId, _) = await client.StandardAsync(successor, publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("supersedeStandard", Selection,
            new { standardId = id, expectedVersionToken = token, successorId }, publisher);

        EditingClient.AssertError(payload, error, field);
        Assert.Equal(JsonValueKind.Null, payload.At("standard").ValueKind);
        Assert.Equal(before, await client.WritesAsync());
    }

    [Fact]
    public async Task SupersedeStandard_NeverPublishedSuccessor_IsNotPublished()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var draft = await client.NewDraftAsync("DB3206/T 9702", await TestKeys.ForRoleAsync(api, Role.Editor), ("1", "范围", null));
        var (id, token) = await client.StandardAsync("DB3206/T 1005", publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("supersedeStandard", Selection,
            new { standardId = id, expectedVersionToken = token, successorId = draft.StandardId }, publisher);

        EditingClient.AssertError(payload, "NOT_PUBLISHED", "successorId");
        Assert.Equal(before, await client.WritesAsync());
    }

    [Theory]
    [InlineData("standardId")]
    [InlineData("successorId")]
    public async Task SupersedeStandard_UnknownStandard_IsNotFound(string field)
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, token) = await client.StandardAsync("DB3206/T 1005", publisher);
        var input = TestStandards.Merge(new { standardId = id, expectedVersionToken = token, successorId = id },
            new Dictionary<string, string> { [field] = "U3RhbmRhcmQ6OTk5OTk5" });

        var payload = await client.MutateAsync("supersedeStandard", Selection, input, publisher);

        EditingClient.AssertError(payload, "NOT_FOUND", field);
    }

    [Fact]
    public async Task SupersedeStandard_StaleToken_IsConflictAndWritesNothing_MatchesSnapshot()
    {
        var publisher = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var (id, _) = await client.StandardAsync("DB3206/T 1005", publisher);
        var (successorId, _) = await client.StandardAsync("DB32/T 4815", publisher);
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync("supersedeStandard", Selection,
            new { standardId = id, expectedVersionToken = "U3RhbmRhcmQ6MTow", successorId }, publisher);

        EditingClient.AssertError(payload, "CONFLICT", "expectedVersionToken");
        Assert.Equal(before, await client.WritesAsync());
        Snapshot.Match(payload.At("errors").Pretty());
    }
}
