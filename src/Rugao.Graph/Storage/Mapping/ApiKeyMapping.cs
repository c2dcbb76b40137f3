using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Access;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class ApiKeyMapping : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasIndex(k => k.Prefix).IsUnique();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Prefix).HasMaxLength(32);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
    }
}
