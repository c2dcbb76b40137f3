namespace Rugao.Graph.Webhooks;

/// <summary>One change notice ready to POST: its log sequence, its kind for the event header, and the JSON body.</summary>
public sealed record WebhookMessage(long Sequence, string Kind, ReadOnlyMemory<byte> Body);
