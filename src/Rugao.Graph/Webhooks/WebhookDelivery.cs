namespace Rugao.Graph.Webhooks;

/// <summary>One attempt to deliver one change notice to one webhook, successful or not.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public int WebhookId { get; set; }

    /// <summary>The change event's sequence: the notice this attempt carried.</summary>
    public long Sequence { get; set; }

    /// <summary>1 for the first attempt at this notice, counting on across back-offs, so a receiver sees how often it failed.</summary>
    public int Attempt { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    /// <summary>The receiver's HTTP status; null when no response came (refused, timed out, reset).</summary>
    public int? StatusCode { get; set; }

    /// <summary>Why the attempt failed; null when the receiver answered 2xx.</summary>
    public string? Error { get; set; }

    public int DurationMilliseconds { get; set; }

    public bool Succeeded => Error is null;
}
