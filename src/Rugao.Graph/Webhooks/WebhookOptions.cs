namespace Rugao.Graph.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Whether this process delivers. With several API nodes on one database, let exactly one deliver.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often each webhook looks for new changes, and how often the set of webhooks is re-read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one POST may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of one notice after its first attempt, before the webhook backs off.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first retry's delay; each later one doubles it, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After the retries are spent, how long the webhook waits before it tries the same notice again.</summary>
    public TimeSpan BackOff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Notices read from the log per round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How many days an attempt stays in the delivery log; younger attempts are never removed for their age.</summary>
    public int DeliveryLogRetentionDays { get; set; } = 30;

    /// <summary>The most attempts kept per webhook, newest first, whatever their age.</summary>
    public int DeliveryLogMaxRowsPerWebhook { get; set; } = 10_000;

    /// <summary>How often the delivery log is pruned, on the server's clock.</summary>
    public TimeSpan DeliveryLogPruneInterval { get; set; } = TimeSpan.FromHours(1);
}
