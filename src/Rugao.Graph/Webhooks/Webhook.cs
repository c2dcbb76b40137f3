namespace Rugao.Graph.Webhooks;

/// <summary>
/// 回调 — a URL that receives every change notice matching a filter as a signed POST, in log order. Its own
/// checkpoint (a <see cref="Changes.ConsumerCheckpoint"/> named by <see cref="WebhookCheckpoint.ConsumerOf"/>) says
/// how far it has been delivered.
/// </summary>
public sealed class Webhook
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }

    /// <summary>The change filter as JSON; an empty object matches every change.</summary>
    public required string Filter { get; set; }

    /// <summary>
    /// The HMAC key, in plain text. Unlike an API key's secret it cannot be stored as a hash: we must compute the
    /// signature of every delivery with it, and the receiver checks that signature with the same key, so the server
    /// needs the key itself. It is shown once, at registration, and never returned afterwards.
    /// </summary>
    public required string Secret { get; set; }

    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
