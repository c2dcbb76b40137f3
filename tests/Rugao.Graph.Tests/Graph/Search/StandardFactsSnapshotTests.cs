using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Changes;
using Rugao.Graph.Search;
using Rugao.Graph.Standards;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Search;

/// <summary>The facts snapshot is read again exactly when the change log moved, as every change of data moves it.</summary>
public sealed class StandardFactsSnapshotTests : IAsyncLifetime
{
    private readonly SeededDatabase database = new();

    public Task InitializeAsync() => database.InitializeAsync();

    public Task DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task Facts_AfterAChangeWithItsEvent_AreReadAgain()
    {
        var snapshot = new StandardFactsSnapshot(database);
        var (id, level) = await AnyPublishedAsync();
        Assert.Equal(level, (await snapshot.GetAsync(CancellationToken.None))[id].Level);

        var changed = await ChangeLevelAsync(id, level, withEvent: true);

        Assert.Equal(changed, (await snapshot.GetAsync(CancellationToken.None))[id].Level);
    }

    [Fact]
    public async Task Facts_WhileTheChangeLogStands_AreTheSnapshot()
    {
        var snapshot = new StandardFactsSnapshot(database);
        var (id, level) = await AnyPublishedAsync();
        var first = await snapshot.GetAsync(CancellationToken.None);

        // Never done by the product (every change writes its event); here it shows the facts are not re-read.
        await ChangeLevelAsync(id, level, withEvent: false);

        var second = await snapshot.GetAsync(CancellationToken.None);
        Assert.Same(first, second);
        Assert.Equal(level, second[id].Level);
    }

    private async Task<(int Id, StandardLevel Level)> AnyPublishedAsync()
    {
        await using var db = database.CreateDbContext();
        var standard = await db.Standards.Where(s => s.FirstEffectiveOn != null).OrderBy(s => s.Id).FirstAsync();
        return (standard.Id, standard.Level);
    }

    private async Task<StandardLevel> ChangeLevelAsync(int id, StandardLevel level, bool withEvent)
    {
        var changed = Enum.GetValues<StandardLevel>().First(l => l != level);
        await using var db = database.CreateDbContext();
        var standard = await db.Standards.AsTracking().SingleAsync(s => s.Id == id);
        standard.Level = changed;
        if (withEvent)
        {
            db.ChangeEvents.Add(new ChangeEvent
            {
                Kind = ChangeKind.DraftUpdated, OccurredAt = DateTimeOffset.UnixEpoch, StandardId = id, Summary = "level", Actor = "test",
            });
        }

        await db.SaveChangesAsync();
        return changed;
    }
}
