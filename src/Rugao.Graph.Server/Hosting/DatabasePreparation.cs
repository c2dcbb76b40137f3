using Rugao.Graph.Seeding;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Server.Hosting;

public static class DatabasePreparation
{
    /// <summary>Migrates the database and seeds it when empty, before the server takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
        await app.Services.GetRequiredService<DatabaseSeeder>().SeedIfEmptyAsync(cancellationToken);
    }
}
