using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Changes;
using Rugao.Graph.Storage;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Changes;

[Collection(SeededApiCollection.Name)]
public sealed class ChangeFeedTests(SeededApi api)
{
    private ChangeFeed Feed => api.Services.GetRequiredService<ChangeFeed>();

    [Fact]
    public async Task Read_AreaFilter_CatchesChangesToListedStandardsWithoutOwnArea()
    {
        var (areaId, standardId) = await ListedStandardAsync();

        var batch = await Feed.ReadAsync(0, new ChangeFilter { AreaIds = [areaId] }, 500, default);

        Assert.Contains(batch.Notices, n => n.StandardId == standardId && n.Kind == ChangeKind.Published);
        Assert.All(batch.Notices, n => Assert.Contains(areaId, n.Scope.AreaIds));
    }

    [Fact]
    public async Task Read_EachFilterPart_SqlAgreesWithInMemoryMatch()
    {
        var (areaId, standardId) = await ListedStandardAsync();
        await using var db = await Contexts.CreateDbContextAsync();
        var itemId = await db.StandardListings.Where(l => l.StandardId == standardId).Select(l => l.ServiceItemId!.Value).FirstAsync();
        var departmentId = await db.Standards.Where(s => s.Id == standardId).Select(s => s.DepartmentId).FirstAsync();
        var all = (await Feed.ReadAsync(0, ChangeFilter.All, 100_000, default)).Notices;
        ChangeFilter[] filters =
        [
            new() { AreaIds = [areaId] },
            new() { ServiceItemIds = [itemId] },
            new() { DepartmentIds = [departmentId] },
            new() { StandardIds = [standardId] },
            new() { Kinds = [ChangeKind.Published, ChangeKind.Abolished] },
            new() { AreaIds = [areaId], Kinds = [ChangeKind.Listed] },
            new(),
        ];

        foreach (var filter in filters)
        {
            var read = (await Feed.ReadAsync(0, filter, 100_000, default)).Notices.Select(n => n.Sequence).ToList();
            var matched = all.Where(filter.Matches).Select(n => n.Sequence).ToList();
            Assert.NotEmpty(read);
            Assert.Equal(matched, read);
        }
    }

    [Fact]
    public async Task Read_DefaultFilter_LeavesOutEditorialKinds()
    {
        var all = (await Feed.ReadAsync(0, ChangeFilter.All, 100_000, default)).Notices;
        var published = (await Feed.ReadAsync(0, new ChangeFilter(), 100_000, default)).Notices;

        Assert.Contains(all, n => n.Kind == ChangeKind.Created);
        Assert.DoesNotContain(published, n => ChangeFilter.EditorialKinds.Contains(n.Kind));
    }

    [Fact]
    public async Task Read_InPages_YieldsTheWholeLogOnceInOrder()
    {
        var head = await Feed.HeadAsync(default);
        var whole = (await Feed.ReadAsync(0, ChangeFilter.All, 100_000, default)).Notices.Select(n => n.Sequence).ToList();
        var paged = new List<long>();
        long after = 0;
        while (true)
        {
            var batch = await Feed.ReadAsync(after, ChangeFilter.All, 37, default);
            paged.AddRange(batch.Notices.Select(n => n.Sequence));
            Assert.True(batch.UpTo >= after);
            after = batch.UpTo;
            if (!batch.HasMore)
            {
                break;
            }
        }

        Assert.Equal(whole, paged);
        Assert.Equal(head, after);
        Assert.Equal(head, whole[^1]);
    }

    [Fact]
    public async Task Read_SelectiveFilterPastTheEnd_IsUpToDateAtHead()
    {
        var head = await Feed.HeadAsync(default);

        var batch = await Feed.ReadAsync(0, new ChangeFilter { StandardIds = [int.MaxValue] }, 10, default);

        Assert.Empty(batch.Notices);
        Assert.False(batch.HasMore);
        Assert.Equal(head, batch.UpTo);
    }

    private IDbContextFactory<RugaoDbContext> Contexts => api.Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>();

    /// <summary>A listed standard whose publication event names no area itself.</summary>
    private async Task<(int AreaId, int StandardId)> ListedStandardAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var listing = await db.StandardListings.Where(l => l.ServiceItemId != null
                && db.ChangeEvents.Any(e => e.StandardId == l.StandardId && e.Kind == ChangeKind.Published && e.AreaId == null))
            .OrderBy(l => l.Id).FirstAsync();
        return (listing.AreaId, listing.StandardId);
    }
}
