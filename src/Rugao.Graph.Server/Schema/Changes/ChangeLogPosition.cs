namespace Rugao.Graph.Server.Schema.Changes;

/// <summary>The end of the change log when it was read: the newest sequence, 0 when the log is empty.</summary>
public sealed record ChangeLogPosition(long Head, DateTimeOffset ReadAt);
