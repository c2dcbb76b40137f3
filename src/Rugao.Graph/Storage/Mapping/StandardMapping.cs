using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Departments;
using Rugao.Graph.Standards;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class StandardMapping : IEntityTypeConfiguration<Standard>
{
    public void Configure(EntityTypeBuilder<Standard> builder)
    {
        builder.HasIndex(s => s.Identity).IsUnique();
        builder.HasIndex(s => s.CompactKey).IsUnique();
        builder.Property(s => s.Identity).HasMaxLength(64);
        builder.Property(s => s.CompactKey).HasMaxLength(64);
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SystemNode>().WithMany().HasForeignKey(s => s.SystemNodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.SupersededBy).WithMany().HasForeignKey(s => s.SupersededById)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Versions).WithOne(v => v.Standard).HasForeignKey(v => v.StandardId);
        builder.HasIndex(s => s.DepartmentId);
        builder.HasIndex(s => s.SystemNodeId);
    }
}
