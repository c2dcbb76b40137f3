using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Rugao.Graph.Storage;

/// <summary>Creates the data folder, applies migrations and switches the file to write-ahead logging; answers health checks.</summary>
public sealed class DatabaseInitializer(IDbContextFactory<RugaoDbContext> contexts, IOptions<StorageOptions> options)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(options.Value.DatabasePath)!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers run beside the single writer; it is a property of the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>Whether the database answers, for health checks.</summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken);
    }
}
