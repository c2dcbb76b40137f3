using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Editing;

/// <summary>
/// Every mutation tried as anonymous, editor, publisher and admin: refusals are coded, and allowed calls reach the
/// mutation's own checks (the inputs name things that do not exist); nothing is written either way.
/// </summary>
public sealed class MutationAccessTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string Token = "dG9rZW4";
    private const string Draft = "U3RhbmRhcmRWZXJzaW9uOjk5OTk5OQ";
    private const string NoStandard = $"standardId: \"U3RhbmRhcmQ6OTk5OTk5\", expectedVersionToken: \"{Token}\"";
    private const string Webhook = "V2ViaG9vazo5OTk5OTk";
    private const string Tokens = $"draftId: \"{Draft}\", expectedVersionToken: \"{Token}\", expectedDraftVersionToken: \"{Token}\"";

    public static TheoryData<string, string, Role?, string?> Calls()
    {
        var mutations = new (string Name, string Input, Role Needs)[]
        {
            ("createStandard", "code: \"DB3206/T 9990\", year: 2026, title: \"测试\", departmentId: \"RGVwYXJ0bWVudDo5OTk5OTk\", systemNodeId: \"U3lzdGVtTm9kZTox\"", Role.Editor),
            ("reviseStandard", $"standardId: \"U3RhbmRhcmQ6MQ\", expectedVersionToken: \"{Token}\", year: 2030", Role.Editor),
            ("updateStandardDraft", Tokens, Role.Editor),
            ("putClause", Tokens + ", number: \"1\"", Role.Editor),
            ("moveClause", Tokens + ", number: \"1\", newNumber: \"2\"", Role.Editor),
            ("deleteClause", Tokens + ", number: \"1\"", Role.Editor),
            ("publishStandardVersion", Tokens + ", effectiveFrom: \"2027-01-01\"", Role.Publisher),
            ("amendStandard", $"{NoStandard}, effectiveFrom: \"2027-01-01\", changes: [{{ number: \"1\", text: \"x\" }}]", Role.Publisher),
            ("supersedeStandard", $"{NoStandard}, successorId: \"U3RhbmRhcmQ6MQ\"", Role.Publisher),
            ("abolishStandard", $"{NoStandard}, abolishedOn: \"2027-01-01\", reason: \"x\"", Role.Publisher),
            ("adjustStandardList", "standardId: \"U3RhbmRhcmQ6OTk5OTk5\", areaId: \"U2VydmljZUFyZWE6OTk5OTk5\", action: LIST, reason: \"测试\"", Role.Publisher),
            ("linkServiceItem", "standardId: \"U3RhbmRhcmQ6OTk5OTk5\", serviceItemId: \"U2VydmljZUl0ZW06OTk5OTk5\"", Role.Editor),
            ("unlinkServiceItem", "standardId: \"U3RhbmRhcmQ6OTk5OTk5\", serviceItemId: \"U2VydmljZUl0ZW06OTk5OTk5\"", Role.Editor),
            ("recordMeasurement", "indicatorId: \"SW5kaWNhdG9yOjk5OTk5OQ\", period: \"2025\", value: 1", Role.Publisher),
            ("importStandard", "fileName: \"a.docx\", content: \"not base64!\"", Role.Admin),
            ("createApiKey", "name: \"\", role: EDITOR", Role.Admin),
            ("revokeApiKey", "id: \"QXBpS2V5Ojk5OTk5OQ\"", Role.Admin),
            ("registerWebhook", "name: \"access\", url: \"ftp://example.org/hook\"", Role.Admin),
            ("updateWebhook", $"id: \"{Webhook}\", name: \"access\"", Role.Admin),
            ("deactivateWebhook", $"id: \"{Webhook}\"", Role.Admin),
        };
        var data = new TheoryData<string, string, Role?, string?>();
        foreach (var (name, input, needs) in mutations)
        {
            data.Add(name, input, null, "UNAUTHENTICATED");
            data.Add(name, input, Role.Editor, needs > Role.Editor ? "FORBIDDEN" : null);
            data.Add(name, input, Role.Publisher, needs > Role.Publisher ? "FORBIDDEN" : null);
            data.Add(name, input, Role.Admin, null);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Mutation_ByRole_IsRefusedWithACodeOrReachesItsOwnChecks(string mutation, string input, Role? role, string? refusal)
    {
        var bearer = await TestKeys.ForCallerAsync(api, role);
        var before = await EventCountAsync();

        var response = await api.PostAsync($"mutation {{ {mutation}(input: {{ {input} }}) {{ errors {{ code }} }} }}", bearer: bearer);

        if (refusal is null)
        {
            Assert.Empty(response.Errors);
            Assert.NotEmpty(response.Data.Items($"{mutation}.errors"));
        }
        else
        {
            Assert.Equal([refusal], response.ErrorCodes);
        }

        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(Role.Editor, "FORBIDDEN")]
    [InlineData(Role.Publisher, "FORBIDDEN")]
    public async Task ReindexSearch_BelowAdmin_IsRefusedWithACode(Role? role, string refusal)
    {
        var bearer = await TestKeys.ForCallerAsync(api, role);

        var response = await api.PostAsync("mutation { reindexSearch(input: {}) { errors { code } } }", bearer: bearer);

        Assert.Equal([refusal], response.ErrorCodes);
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = await api.OpenDbAsync();
        return await db.ChangeEvents.CountAsync() + await db.Standards.CountAsync() + await db.StandardVersions.CountAsync()
            + await db.Webhooks.CountAsync();
    }
}
