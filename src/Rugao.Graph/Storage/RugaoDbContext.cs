using Microsoft.EntityFrameworkCore;
using Rugao.Graph.Access;
using Rugao.Graph.Changes;
using Rugao.Graph.Clauses;
using Rugao.Graph.Departments;
using Rugao.Graph.Indicators;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Storage;

/// <summary>The one database of the platform: content rows and the change log beside them.</summary>
public sealed class RugaoDbContext(DbContextOptions<RugaoDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<SystemNode> SystemNodes => Set<SystemNode>();
    public DbSet<Standard> Standards => Set<Standard>();
    public DbSet<StandardVersion> StandardVersions => Set<StandardVersion>();
    public DbSet<Clause> Clauses => Set<Clause>();
    public DbSet<ServiceCatalogEdition> CatalogEditions => Set<ServiceCatalogEdition>();
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<ServiceCategory> ServiceCategories => Set<ServiceCategory>();
    public DbSet<ServiceItem> ServiceItems => Set<ServiceItem>();
    public DbSet<StandardListing> StandardListings => Set<StandardListing>();
    public DbSet<ServiceItemLink> ServiceItemLinks => Set<ServiceItemLink>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorMeasurement> IndicatorMeasurements => Set<IndicatorMeasurement>();
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();
    public DbSet<ConsumerCheckpoint> ConsumerCheckpoints => Set<ConsumerCheckpoint>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Webhook> Webhooks => Set<Webhook>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RugaoDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Enum names, not numbers, so the database stays readable and reordering an enum cannot corrupt it.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
