namespace Rugao.Graph.Access;

/// <summary>A new key with its plain text, which exists only in this value: the store keeps its hash.</summary>
public sealed record CreatedApiKey(ApiKey Key, string PlainText);
