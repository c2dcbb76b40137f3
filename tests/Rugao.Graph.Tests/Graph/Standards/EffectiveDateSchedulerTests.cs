using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Rugao.Graph.Changes;
using Rugao.Graph.Standards;
using Rugao.Graph.Storage;
using Rugao.Graph.Tests.TestSupport;

namespace Rugao.Graph.Tests.Graph.Standards;

// Moves the clock of its server, so it has one of its own.
public sealed class EffectiveDateSchedulerTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private FakeTimeProvider Clock => (FakeTimeProvider)api.Services.GetRequiredService<TimeProvider>();

    private IDbContextFactory<RugaoDbContext> Contexts => api.Services.GetRequiredService<IDbContextFactory<RugaoDbContext>>();

    [Fact]
    public async Task Scheduler_SeededUpcomingStandard_BecomesEffectiveOnceAtLocalMidnightAndNoHistoryIsFlooded()
    {
        var versionId = await VersionIdAsync("DB3206/T 1136");
        Assert.Equal("UPCOMING", (await api.DataAsync("""{ standard(code: "DB3206/T 1136") { status } }""")).Str("standard.status"));
        await new EffectiveDates(Contexts, Clock).RecordDueAsync(default);
        Assert.Equal(0, await EffectiveEventsAsync(e => e.EffectiveOn < DateOnly.FromDateTime(SeededApi.Today.Date)));

        Clock.SetUtcNow(new DateTimeOffset(2027, 2, 28, 23, 59, 0, China));
        await new EffectiveDates(Contexts, Clock).RecordDueAsync(default);
        Assert.Equal(0, await EffectiveEventsAsync(e => e.VersionId == versionId));

        Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 0, 0, 0, China));
        var change = await WaitForEffectiveAsync(versionId);

        Assert.Equal(new DateOnly(2027, 3, 1), change.EffectiveOn);
        Assert.Equal(EffectiveDates.Actor, change.Actor);
        Assert.Equal("CURRENT", (await api.DataAsync("""{ standard(code: "DB3206/T 1136") { status } }""")).Str("standard.status"));
        Assert.Equal(0, await new EffectiveDates(Contexts, Clock).RecordDueAsync(default));
        Assert.Equal(1, await EffectiveEventsAsync(e => e.VersionId == versionId));
    }

    [Fact]
    public async Task Scheduler_TwoProcessesOnOneDatabase_RecordAVersionEffectiveExactlyOnce()
    {
        var today = LocalCalendar.Today(Clock);
        var effective = today.AddDays(30);
        await TestStandards.CreatePublishedAsync(api, "DB3206/T 9501", effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var versionId = await VersionIdAsync("DB3206/T 9501");

        Clock.SetUtcNow(new DateTimeOffset(effective.ToDateTime(TimeOnly.MinValue), China));
        var written = await Task.WhenAll(
            new EffectiveDates(Contexts, Clock).RecordDueAsync(default),
            new EffectiveDates(Contexts, Clock).RecordDueAsync(default));
        await WaitForEffectiveAsync(versionId);

        Assert.InRange(written.Sum(), 0, 1);
        Assert.Equal(1, await EffectiveEventsAsync(e => e.VersionId == versionId));
        await using var db = await Contexts.CreateDbContextAsync();
        db.ChangeEvents.Add(new ChangeEvent
        {
            Kind = ChangeKind.Effective, VersionId = versionId, OccurredAt = Clock.GetUtcNow(), Summary = "again", Actor = "another process",
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task<int> VersionIdAsync(string code)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var standard = await db.Standards.SingleAsync(s => s.Identity == code);
        return await db.StandardVersions.Where(v => v.StandardId == standard.Id && v.PublishedOn != null).Select(v => v.Id).SingleAsync();
    }

    private async Task<int> EffectiveEventsAsync(System.Linq.Expressions.Expression<Func<ChangeEvent, bool>> where)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.ChangeEvents.Where(e => e.Kind == ChangeKind.Effective).CountAsync(where);
    }

    // The hosted scheduler wakes on the fake clock but runs on its own thread; this waits for its write.
    private async Task<ChangeEvent> WaitForEffectiveAsync(int versionId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using (var db = await Contexts.CreateDbContextAsync())
            {
                if (await db.ChangeEvents.FirstOrDefaultAsync(e => e.Kind == ChangeKind.Effective && e.VersionId == versionId) is { } change)
                {
                    return change;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "No EFFECTIVE event was recorded within a minute.");
            await Task.Delay(50);
        }
    }
}
