using Rugao.Graph.Changes;

namespace Rugao.Graph.Webhooks;

/// <summary>
/// A new webhook. <see cref="After"/> is the sequence to deliver after: null starts at the current head of the log, so
/// the webhook receives only what changes from now on. <see cref="AfterInvalid"/> says the caller gave a cursor that
/// did not decode.
/// </summary>
public sealed record RegisterWebhookCommand(string Name, string Url, ChangeFilter Filter, long? After, bool AfterInvalid = false);

/// <summary>Changes to a webhook; null fields stay as they are. <see cref="After"/> moves its checkpoint (a replay).</summary>
public sealed record UpdateWebhookCommand(int Id, string? Name, string? Url, ChangeFilter? Filter, bool? Active, long? After,
    bool AfterInvalid = false);

/// <summary>A webhook just registered, with its signing secret in plain text: the only time it is shown.</summary>
public sealed record WebhookRegistration(Webhook Webhook, string Secret);
