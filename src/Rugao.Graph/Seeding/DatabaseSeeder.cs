using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Seeding;

/// <summary>Fills an empty database from the seed folder; a database that has any standard is left alone.</summary>
public sealed class DatabaseSeeder(
    IDbContextFactory<RugaoDbContext> contexts,
    IOptions<SeedOptions> options,
    TimeProvider time,
    ILogger<DatabaseSeeder> logger)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Standards.AnyAsync(cancellationToken) || await db.Departments.AnyAsync(cancellationToken))
        {
            return false;
        }

        var set = SeedReader.Read(options.Value.Directory);
        await new SeedWriter(db, time.GetUtcNow()).WriteAsync(set, cancellationToken);
        logger.LogInformation("Seeded {Standards} standards and {Indicators} indicators from {Directory}",
            set.Standards.Count, set.Indicators.Count, options.Value.Directory);
        return true;
    }
}
