using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Clauses;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class ClauseMapping : IEntityTypeConfiguration<Clause>
{
    public void Configure(EntityTypeBuilder<Clause> builder)
    {
        builder.HasIndex(c => new { c.VersionId, c.Position }).IsUnique();
        builder.HasIndex(c => new { c.VersionId, c.Number });
        builder.HasIndex(c => c.Lineage);
        builder.HasIndex(c => c.ParentId);
        builder.Property(c => c.Number).HasMaxLength(32);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
