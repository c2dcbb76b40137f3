using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Changes;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class ChangeEventMapping : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(e => e.StandardId);
        builder.HasIndex(e => e.Kind);

        // A version becomes effective once: the database refuses a second EFFECTIVE row from any process.
        builder.HasIndex(e => new { e.Kind, e.VersionId }).IsUnique().HasFilter("\"Kind\" = 'Effective'")
            .HasDatabaseName("IX_ChangeEvents_EffectiveOncePerVersion");
    }
}

internal sealed class ConsumerCheckpointMapping : IEntityTypeConfiguration<ConsumerCheckpoint>
{
    public void Configure(EntityTypeBuilder<ConsumerCheckpoint> builder)
    {
        builder.HasKey(c => c.Consumer);
        builder.Property(c => c.Consumer).HasMaxLength(100);
    }
}
