using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Rugao.Graph.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// The webhook store and, unless <c>Webhooks:Enabled</c> is false (on all but one node of a multi-node deployment),
    /// the dispatcher that delivers to them. The server adds the <see cref="IWebhookBodyWriter"/>.
    /// </summary>
    public static IServiceCollection AddRugaoWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(WebhookOptions.Section);
        services.AddOptions<WebhookOptions>().Bind(section)
            .Validate(o => o.MaxRetries >= 1 && o.BatchSize > 0 && o.PollInterval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero
                && o.MaxRetryDelay >= o.RetryDelay && o.BackOff > TimeSpan.Zero && o.Timeout > TimeSpan.Zero
                && o.DeliveryLogRetentionDays >= 1 && o.DeliveryLogMaxRowsPerWebhook >= 1 && o.DeliveryLogPruneInterval > TimeSpan.Zero,
                "Webhooks: MaxRetries, BatchSize, DeliveryLogRetentionDays and DeliveryLogMaxRowsPerWebhook must be at least 1, "
                + "the intervals positive, MaxRetryDelay at least RetryDelay.")
            .ValidateOnStart();
        var options = section.Get<WebhookOptions>() ?? new WebhookOptions();
        services.AddHttpClient(WebhookHeaders.HttpClientName, client => client.Timeout = options.Timeout);
        services.AddSingleton<WebhookStore>();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<WebhookDeliveryLogPruner>();
        if (options.Enabled)
        {
            services.AddHostedService<WebhookDispatcherService>();
        }

        return services;
    }
}
