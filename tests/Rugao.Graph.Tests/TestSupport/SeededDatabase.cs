using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Seeding;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Tests.TestSupport;

/// <summary>A temporary SQLite file, migrated and filled from the repository's <c>seed/</c>, deleted afterwards.</summary>
public sealed class SeededDatabase : IDbContextFactory<RugaoDbContext>, IAsyncLifetime
{
    private static readonly DateTimeOffset SeededAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private readonly string path = Path.Combine(Path.GetTempPath(), $"rugao-graph-tests-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<RugaoDbContext> options;

    public SeededDatabase() =>
        options = new DbContextOptionsBuilder<RugaoDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(Commands).Options;

    /// <summary>Counts the SQL statements sent through every context this factory creates.</summary>
    public CommandCounter Commands { get; } = new();

    public RugaoDbContext CreateDbContext() => new(options);

    public async Task InitializeAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
        await new SeedWriter(db, SeededAt).WriteAsync(SeedReader.Read(RepositoryRoot.Combine("seed")), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        File.Delete(path);
        return Task.CompletedTask;
    }
}
