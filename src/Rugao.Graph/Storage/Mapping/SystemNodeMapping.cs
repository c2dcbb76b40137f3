using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.StandardSystem;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class SystemNodeMapping : IEntityTypeConfiguration<SystemNode>
{
    public void Configure(EntityTypeBuilder<SystemNode> builder)
    {
        builder.HasIndex(n => n.Code).IsUnique();
        builder.HasIndex(n => n.Path);
        builder.HasOne<SystemNode>().WithMany().HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
