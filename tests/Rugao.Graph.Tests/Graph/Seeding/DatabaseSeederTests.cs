using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rugao.Graph.Changes;
using Rugao.Graph.Seeding;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Tests.Graph.Seeding;

public sealed class DatabaseSeederTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "rugao-seeder-" + Guid.NewGuid().ToString("N"));
    private readonly SeedFolder seed = new();

    [Fact]
    public async Task BrokenSeed_StopsStartUp_AndWritesNothing()
    {
        seed.Replace("standards/GB-T-28220.yaml", "department: mct", "department: nobody");
        await using var services = Services();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(default);

        await Assert.ThrowsAsync<SeedValidationException>(
            () => services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(default));

        await using var db = await Db(services);
        Assert.Equal(0, await db.Departments.CountAsync());
        Assert.Equal(0, await db.Standards.CountAsync());
        Assert.Equal(0, await db.ChangeEvents.CountAsync());
    }

    [Fact]
    public async Task Seed_WritesAChangeEventForEveryStandardAndVersion_OnlyOnce()
    {
        await using var services = Services();
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(default);

        Assert.True(await services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(default));
        Assert.False(await services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(default));

        await using var db = await Db(services);
        var events = await db.ChangeEvents.ToListAsync();
        Assert.Equal(await db.Standards.CountAsync(), events.Count(e => e.Kind == ChangeKind.Created));
        Assert.Equal(await db.StandardVersions.CountAsync(), events.Count(e => e.Kind is ChangeKind.Published or ChangeKind.Amended));
        Assert.Equal(await db.StandardListings.CountAsync(), events.Count(e => e.Kind == ChangeKind.Listed));
        Assert.Equal(await db.Standards.CountAsync(s => s.SupersededById != null), events.Count(e => e.Kind == ChangeKind.Superseded));
        Assert.Equal(await db.Standards.CountAsync(s => s.AbolishedOn != null), events.Count(e => e.Kind == ChangeKind.Abolished));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
        Assert.Equal("wal", await JournalModeAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        seed.Dispose();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Seeding:Directory"] = seed.Path,
        }).Build();
        return new ServiceCollection().AddLogging().AddRugaoStorage(configuration).BuildServiceProvider();
    }

    private static Task<RugaoDbContext> Db(IServiceProvider services) =>
        services.GetRequiredService<IDbContextFactory<RugaoDbContext>>().CreateDbContextAsync();

    private async Task<string?> JournalModeAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "rugao.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string?)await command.ExecuteScalarAsync();
    }
}
