using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Rugao.Graph.Storage;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// POSTs one notice to one webhook, retrying with exponential back-off and jitter, and writes every attempt to the
/// delivery log. Only a 2xx answer counts as delivered.
/// </summary>
public sealed class WebhookSender
{
    private readonly IHttpClientFactory clients;
    private readonly IDbContextFactory<RugaoDbContext> contexts;
    private readonly TimeProvider time;
    private readonly ILogger<WebhookSender> logger;
    private readonly ResiliencePipeline<bool> retries;

    public WebhookSender(IHttpClientFactory clients, IDbContextFactory<RugaoDbContext> contexts, TimeProvider time,
        IOptions<WebhookOptions> options, ILogger<WebhookSender> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.clients = clients;
        this.contexts = contexts;
        this.time = time;
        this.logger = logger;
        // Retry delays run on the system clock: the injected one dates deliveries and signatures, and tests fix it.
        retries = new ResiliencePipelineBuilder<bool>()
            .AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is false),
                MaxRetryAttempts = options.Value.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.Value.RetryDelay,
                MaxDelay = options.Value.MaxRetryDelay,
            })
            .Build();
    }

    /// <summary>Tries until delivered or the retries are spent; returns whether the receiver took the notice.</summary>
    public async Task<bool> DeliverAsync(Webhook webhook, WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        ArgumentNullException.ThrowIfNull(message);
        var attempt = await LastAttemptAsync(webhook.Id, message.Sequence, cancellationToken);
        return await retries.ExecuteAsync(
            async token => await AttemptAsync(webhook, message, ++attempt, token), cancellationToken);
    }

    private async Task<bool> AttemptAsync(Webhook webhook, WebhookMessage message, int attempt, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url);
        request.Content = new ReadOnlyMemoryContent(message.Body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Create(webhook.Secret, at.ToUnixTimeSeconds(), message.Body.Span));
        request.Headers.Add(WebhookHeaders.Delivery, string.Create(CultureInfo.InvariantCulture, $"{webhook.Id}-{message.Sequence}"));
        request.Headers.Add(WebhookHeaders.Event, message.Kind);
        request.Headers.Add(WebhookHeaders.Attempt, attempt.ToString(CultureInfo.InvariantCulture));

        // Durations are measured, not dated, so they use the system's monotonic clock.
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error;
        try
        {
            using var response = await clients.CreateClient(WebhookHeaders.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {status} {response.ReasonPhrase}";
        }
        catch (HttpRequestException exception)
        {
            error = exception.HttpRequestError + ": " + exception.Message;
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            error = "Timeout: " + exception.Message;
        }

        var duration = Stopwatch.GetElapsedTime(started);
        await RecordAsync(new WebhookDelivery
        {
            WebhookId = webhook.Id, Sequence = message.Sequence, Attempt = attempt, AttemptedAt = at, StatusCode = status,
            Error = error is null ? null : error[..Math.Min(error.Length, WebhookLimits.ErrorLength)],
            DurationMilliseconds = (int)Math.Min(int.MaxValue, duration.TotalMilliseconds),
        }, cancellationToken);
        if (error is not null)
        {
            logger.LogInformation("Webhook {Webhook} change {Sequence} attempt {Attempt} failed: {Error}",
                webhook.Id, message.Sequence, attempt, error);
        }

        return error is null;
    }

    private async Task<int> LastAttemptAsync(int webhookId, long sequence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WebhookDeliveries.Where(d => d.WebhookId == webhookId && d.Sequence == sequence)
            .MaxAsync(d => (int?)d.Attempt, cancellationToken) ?? 0;
    }

    private async Task RecordAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync(cancellationToken);
    }
}
