using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Standards;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class StandardVersionMapping : IEntityTypeConfiguration<StandardVersion>
{
    public void Configure(EntityTypeBuilder<StandardVersion> builder)
    {
        builder.HasIndex(v => new { v.StandardId, v.Number }).IsUnique();
        builder.HasIndex(v => v.Code);
        builder.Property(v => v.Code).HasMaxLength(80);
        builder.Property(v => v.Revision).IsConcurrencyToken();
        builder.HasOne<StandardVersion>().WithMany().HasForeignKey(v => v.BaseVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Clauses).WithOne().HasForeignKey(c => c.VersionId);
    }
}
