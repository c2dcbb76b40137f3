using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Server.Schema.Search;

/// <summary>A committed change reaches the running server's search without anyone asking for a reindex.</summary>
public sealed class SearchFreshnessTests : IClassFixture<SeededApi>
{
    private readonly SeededApi api;

    public SearchFreshnessTests(SeededApi api) => this.api = api;

    [Fact]
    public async Task CommittedChange_BecomesSearchable_WhileTheServerRuns()
    {
        await api.SearchReadyAsync();
        const string Query = "{ search(query: \"城市书房\", where: { kinds: [STANDARD] }) { nodes { standard { identity } } } }";
        Assert.Empty((await api.DataAsync(Query)).Items("search.nodes"));

        var contexts = api.Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var standard = await db.Standards.AsTracking().SingleAsync(s => s.Identity == "GB/T 36720");
            standard.Title = "公共图书馆少年儿童与城市书房服务规范";
            db.ChangeEvents.Add(new ChangeEvent
            {
                Kind = ChangeKind.DraftUpdated, Summary = "renamed", Actor = "test", OccurredAt = DateTimeOffset.UtcNow,
                StandardId = standard.Id,
            });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<System.Text.Json.JsonElement> nodes;
        do
        {
            await Task.Delay(100);
            nodes = (await api.DataAsync(Query)).Items("search.nodes");
        }
        while (nodes.Count == 0 && DateTime.UtcNow < deadline);

        Assert.Equal(["GB/T 36720"], nodes.Select(n => n.Str("standard.identity")));
    }
}
