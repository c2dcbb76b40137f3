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
