using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Departments;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class DepartmentMapping : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.Code).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
    }
}
