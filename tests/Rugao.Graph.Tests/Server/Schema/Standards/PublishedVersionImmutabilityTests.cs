using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Standards;

/// <summary>Every draft-editing path, aimed at a published version with the right tokens, is refused and writes nothing.</summary>
public sealed class PublishedVersionImmutabilityTests(SeededApi api) : IClassFixture<SeededApi>
{
    private readonly EditingClient client = new(api);

    [Theory]
    [InlineData("putClause", "{\"number\":\"5.1\",\"text\":\"改写\"}")]
    [InlineData("putClause", "{\"number\":\"5.9\",\"heading\":\"新增\"}")]
    [InlineData("moveClause", "{\"number\":\"5.1\",\"newNumber\":\"5.9\"}")]
    [InlineData("deleteClause", "{\"number\":\"5.1\"}")]
    [InlineData("updateStandardDraft", "{\"label\":\"改\",\"changeSummary\":\"改\"}")]
    [InlineData("publishStandardVersion", "{\"effectiveFrom\":\"2027-01-01\"}")]
    public async Task DraftEdit_OnAPublishedVersion_IsVersionPublishedAndWritesNothing(string mutation, string fields)
    {
        var bearer = await TestKeys.ForRoleAsync(api, Role.Publisher);
        var current = await api.PostAsync("""
            { standard(code: "GB/T 28220") { versionToken currentVersion { id versionToken clause(number: "5.1") { text } } } }
            """, bearer: bearer);
        var version = current.Data.At("standard.currentVersion");
        var refs = new
        {
            draftId = version.Str("id"), expectedVersionToken = current.Data.Str("standard.versionToken"),
            expectedDraftVersionToken = version.Str("versionToken"),
        };
        var before = await client.WritesAsync();

        var payload = await client.MutateAsync(mutation, "", TestStandards.Merge(refs, System.Text.Json.JsonDocument.Parse(fields).RootElement), bearer);

        EditingClient.AssertError(payload, "VERSION_PUBLISHED", "draftId");
        Assert.Single(payload.Items("errors"));
        Assert.Equal(before, await client.WritesAsync());
        var after = await api.DataAsync("""{ standard(code: "GB/T 28220") { currentVersion { clause(number: "5.1") { text } } } }""");
        Assert.Equal(version.Str("clause.text"), after.Str("standard.currentVersion.clause.text"));
    }
}
