using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rugao.Graph.Webhooks;

namespace Rugao.Graph.Storage.Mapping;

internal sealed class WebhookMapping : IEntityTypeConfiguration<Webhook>
{
    public void Configure(EntityTypeBuilder<Webhook> builder)
    {
        builder.HasIndex(w => w.Name).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(WebhookLimits.NameLength);
        builder.Property(w => w.Url).HasMaxLength(WebhookLimits.UrlLength);
        builder.Property(w => w.Filter).HasMaxLength(WebhookLimits.FilterLength);
        builder.Property(w => w.Secret).HasMaxLength(100);
        builder.Property(w => w.CreatedBy).HasMaxLength(200);
    }
}

internal sealed class WebhookDeliveryMapping : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasOne<Webhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.WebhookId, d.Id });
        builder.HasIndex(d => new { d.WebhookId, d.Sequence });
        builder.Property(d => d.Error).HasMaxLength(WebhookLimits.ErrorLength);
        builder.Ignore(d => d.Succeeded);
    }
}
