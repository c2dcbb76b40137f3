using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Search;
using Rugao.Graph.Seeding;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Benchmarks;

/// <summary>The seed's search documents, read through the product's own path: seed → SQLite → documents.</summary>
internal static class SeedCorpus
{
    public static async Task<IReadOnlyList<SearchDocument>> LoadAsync(string repositoryRoot)
    {
        var file = Path.Combine(Path.GetTempPath(), $"rugao-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<RugaoDbContext>().UseSqlite($"Data Source={file}").Options;
        try
        {
            await using (var db = new RugaoDbContext(options))
            {
                await db.Database.MigrateAsync();
                await new SeedWriter(db, DateTimeOffset.UtcNow).WriteAsync(SeedReader.Read(Path.Combine(repositoryRoot, "seed")), default);
            }

            var documents = new List<SearchDocument>();
            await foreach (var document in new SearchDocumentSource(new Factory(options)).AllAsync(default))
            {
                documents.Add(document);
            }

            return documents;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private sealed class Factory(DbContextOptions<RugaoDbContext> options) : IDbContextFactory<RugaoDbContext>
    {
        public RugaoDbContext CreateDbContext() => new(options);
    }
}
