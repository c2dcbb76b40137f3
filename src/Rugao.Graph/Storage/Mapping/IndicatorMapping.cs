using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Departments;
using Rugao.Graph.Indicators;
using Rugao.Graph.ServiceCatalog;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class IndicatorMapping : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.HasOne<ServiceArea>().WithMany().HasForeignKey(i => i.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceItem>().WithMany().HasForeignKey(i => i.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IndicatorMeasurementMapping : IEntityTypeConfiguration<IndicatorMeasurement>
{
    public void Configure(EntityTypeBuilder<IndicatorMeasurement> builder)
    {
        builder.HasIndex(m => new { m.IndicatorId, m.MeasuredOn });
        builder.HasOne<Indicator>().WithMany().HasForeignKey(m => m.IndicatorId);
        builder.HasOne<IndicatorMeasurement>().WithMany().HasForeignKey(m => m.CorrectsId).OnDelete(DeleteBehavior.Restrict);
    }
}
