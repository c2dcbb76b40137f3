using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Departments;
using Rugao.Graph.ServiceCatalog;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class ServiceCatalogEditionMapping : IEntityTypeConfiguration<ServiceCatalogEdition>
{
    public void Configure(EntityTypeBuilder<ServiceCatalogEdition> builder) =>
        builder.HasIndex(e => e.Code).IsUnique();
}

internal sealed class ServiceAreaMapping : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> builder)
    {
        builder.HasIndex(a => new { a.EditionId, a.Code }).IsUnique();
        builder.HasOne<ServiceCatalogEdition>().WithMany().HasForeignKey(a => a.EditionId);
    }
}

internal sealed class ServiceCategoryMapping : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> builder)
    {
        builder.HasIndex(c => new { c.AreaId, c.Code }).IsUnique();
        builder.HasOne<ServiceArea>().WithMany().HasForeignKey(c => c.AreaId);
    }
}

internal sealed class ServiceItemMapping : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> builder)
    {
        builder.HasIndex(i => new { i.EditionId, i.Code }).IsUnique();
        builder.HasIndex(i => i.CategoryId);
        builder.HasIndex(i => i.AreaId);
        builder.HasOne<ServiceCategory>().WithMany().HasForeignKey(i => i.CategoryId);
        builder.HasOne<ServiceArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceCatalogEdition>().WithMany().HasForeignKey(i => i.EditionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StandardListingMapping : IEntityTypeConfiguration<StandardListing>
{
    public void Configure(EntityTypeBuilder<StandardListing> builder)
    {
        builder.HasIndex(l => l.StandardId);
        builder.HasIndex(l => l.ServiceItemId);
        builder.HasIndex(l => l.AreaId);
        builder.HasOne<Standard>().WithMany().HasForeignKey(l => l.StandardId);
        builder.HasOne<ServiceArea>().WithMany().HasForeignKey(l => l.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(l => l.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceItemLinkMapping : IEntityTypeConfiguration<ServiceItemLink>
{
    public void Configure(EntityTypeBuilder<ServiceItemLink> builder)
    {
        builder.HasIndex(l => new { l.StandardId, l.ServiceItemId }).IsUnique();
        builder.HasIndex(l => l.ServiceItemId);
        builder.Property(l => l.LinkedBy).HasMaxLength(200);
        builder.HasOne<Standard>().WithMany().HasForeignKey(l => l.StandardId);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(l => l.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
