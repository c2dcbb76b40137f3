namespace Rugao.Graph.Webhooks;

/// <summary>
/// The notices of one read for one webhook, in log order; <see cref="ReadUpTo"/> is the last sequence the read
/// covered, matching or not, and <see cref="HasMore"/> says the log goes on past it.
/// </summary>
public sealed record WebhookBatch(IReadOnlyList<WebhookMessage> Messages, long ReadUpTo, bool HasMore);
