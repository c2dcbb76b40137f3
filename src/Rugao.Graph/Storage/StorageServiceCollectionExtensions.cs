using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Rugao.Graph.Seeding;

namespace Rugao.Graph.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the SQLite database behind an <see cref="IDbContextFactory{TContext}"/>.</summary>
    public static IServiceCollection AddRugaoStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddPooledDbContextFactory<RugaoDbContext>((provider, options) =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            options.UseSqlite(storage.ConnectionString, sqlite => sqlite.CommandTimeout(30))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<DatabaseSeeder>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
